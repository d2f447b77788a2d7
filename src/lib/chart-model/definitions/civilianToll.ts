import { catalogOf } from '$lib/i18n/messages';
import { peak, uniqueSources, type SourceId } from '$lib/stats';
import {
	formatCount,
	formatMonth,
	formatYear,
	NOUNS,
	plural,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import { yearParam } from '../params';
import { yearStartTicks } from '../ticks';
import type { ColumnsSpec, PlotSpec } from '../plotSpec';
import type { ChartState, TableData } from '../types';
import type { CivilianTollData } from './civilianToll.select';

type Month = CivilianTollData['months'][number];

/**
 * The moments that shaped the toll, as editorial markers: a month and a name, no figures
 * (the deaths in that month are read from the data when the marker is shown).
 */
/** The last year whose monthly figures are IBC's maximum (the later ones are its single count). */
const MAXIMUM_TO = 2011;

export const CIVILIAN_MOMENTS = ['2003-03', '2006-02', '2007-02', '2011-12', '2013-07'] as const;

/** A moment's name (`civilianToll.moment.<month>` in the catalogs); a name may hold its year. */
function momentName(month: (typeof CIVILIAN_MOMENTS)[number], locale: LocaleSettings): string {
	const name = catalogOf(locale.lang)[`civilianToll.moment.${month}`];
	return typeof name === 'string'
		? name
		: name({ year: formatYear(Number(month.slice(0, 4)), locale) });
}

/** Every view is summarised alike: the whole toll, its worst year and month, the highlighted year. */
function summary(data: CivilianTollData, state: ChartState, locale: LocaleSettings): string {
	const { lang } = locale;
	const n = (x: number) => formatCount(x, locale);
	const total = data.months.at(-1)!.cumulative;
	const topYear = peak(data.years, (y) => y.deaths)!;
	const topMonth = peak(data.months, (m) => m.deaths)!;
	const year = data.years.find((y) => String(y.year) === state.year);
	const words = catalogOf(lang);
	const focus = year
		? words['civilianToll.yearFocus']({
				year: formatYear(year.year, locale),
				deaths: plural(year.deaths, NOUNS.civilianDeaths, locale)
			})
		: '';
	return (
		words['civilianToll.summary']({
			from: formatYear(data.years[0]!.year, locale),
			to: formatYear(data.years.at(-1)!.year, locale),
			maxTo: formatYear(MAXIMUM_TO, locale),
			total: plural(total, NOUNS.civilianDeaths, locale),
			topYear: formatYear(topYear.year, locale),
			topYearDeaths: n(topYear.deaths),
			topMonth: formatMonth(topMonth.month, locale),
			topMonthDeaths: n(topMonth.deaths)
		}) + focus
	);
}

/** The monthly and running-total views draw the same months, each with its own value and label. */
function monthColumns(
	data: CivilianTollData,
	state: ChartState,
	locale: LocaleSettings,
	annotations: ColumnsSpec['annotations'],
	point: (m: Month) => { value: number; text: string }
): PlotSpec {
	const highlight = state.year ?? '';
	return {
		legend: [],
		panels: [
			{
				pointsLabel: catalogOf(locale.lang)['civilianToll.months'],
				body: {
					kind: 'columns',
					format: (x: number) => formatCount(x, locale),
					ticks: yearStartTicks(
						data.months.map((m) => m.month),
						locale
					),
					annotations,
					rows: data.months.map((m) => {
						const { value, text } = point(m);
						return {
							key: m.month,
							value,
							label: `${formatMonth(m.month, locale)}: ${text}`,
							series: 'civilian',
							muted: highlight !== '' && !m.month.startsWith(highlight)
						};
					})
				}
			}
		]
	};
}

/** Both month views list each month with its deaths and the running total. */
function monthTable(data: CivilianTollData, locale: LocaleSettings): TableData {
	const { lang } = locale;
	// the running total rests on every month so far
	let soFar: SourceId[] = [];
	return {
		columns: [
			catalogOf(lang)['civilianToll.month'],
			catalogOf(lang)['civilianToll.civilianDeaths'],
			catalogOf(lang)['civilianToll.runningTotal']
		],
		rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths, m.cumulative]),
		rowSources: data.months.map((m) => (soFar = uniqueSources([soFar, m.sourceIds])))
	};
}

const deathsOf = (locale: LocaleSettings) => (x: number) => plural(x, NOUNS.civilianDeaths, locale);

export const civilianToll = defineChart({
	id: 'civilian-toll',
	embedHeight: 640,
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CivilianTollData) => data.sources,
	params: (data) => ({ year: yearParam(data.years.map((y) => y.year)) }),
	views: {
		monthly: {
			summary,
			plot(data, state, locale) {
				const deaths = deathsOf(locale);
				const months = new Set(data.months.map((m) => m.month));
				const moments = CIVILIAN_MOMENTS.filter((month) => months.has(month)).map((month) => ({
					key: month,
					label: momentName(month, locale)
				}));
				return monthColumns(data, state, locale, moments, (m) => ({
					value: m.deaths,
					text: deaths(m.deaths)
				}));
			},
			table: (data, _state, locale) => monthTable(data, locale)
		},
		yearly: {
			summary,
			plot(data, state, locale) {
				const highlight = state.year ?? '';
				const deaths = deathsOf(locale);
				return {
					legend: [],
					panels: [
						{
							pointsLabel: catalogOf(locale.lang)['civilianToll.years'],
							body: {
								kind: 'columns',
								format: (x: number) => formatCount(x, locale),
								ticks: data.years.map((y) => ({
									value: String(y.year),
									label: formatYear(y.year, locale)
								})),
								rows: data.years.map((y) => ({
									key: String(y.year),
									value: y.deaths,
									label: `${formatYear(y.year, locale)}: ${deaths(y.deaths)}`,
									series: 'civilian',
									muted: highlight !== '' && highlight !== String(y.year)
								}))
							}
						}
					]
				};
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['civilianToll.year'],
					catalogOf(locale.lang)['civilianToll.civilianDeaths']
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			})
		},
		cumulative: {
			summary,
			plot: (data, state, locale) =>
				monthColumns(data, state, locale, [], (m) => ({
					value: m.cumulative,
					text: catalogOf(locale.lang)['civilianToll.inTotal']({
						total: formatCount(m.cumulative, locale)
					})
				})),
			table: (data, _state, locale) => monthTable(data, locale)
		}
	}
});
