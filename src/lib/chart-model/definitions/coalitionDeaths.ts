/**
 * Coalition deaths: four views (US by month, US by year, countries, tallies), each with its
 * summary, plot and table in both languages. Longer than the house's ~200 lines because the chart
 * is declared in one place; the views share their helpers above the declaration.
 */
import { catalogOf } from '$lib/i18n/messages';
import { peak, uniqueSources } from '$lib/stats';
import {
	countryName,
	formatCount,
	formatMonth,
	formatPartialDate,
	formatYear,
	NOUNS,
	plural,
	sourcedPlural,
	withStanding,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import { yearParam } from '../params';
import { yearStartTicks } from '../ticks';
import { countrySeries } from '../tokens';
import type { PlotBody, PlotSpec } from '../plotSpec';
import type { ChartState } from '../types';
import type { CoalitionDeathsData } from './coalitionDeaths.select';

/** Both US views tell the same story (peak month, deadliest year) and name the highlighted year. */
function usSummary(data: CoalitionDeathsData, state: ChartState, locale: LocaleSettings): string {
	const { lang } = locale;
	const topMonth = peak(data.months, (m) => m.deaths)!;
	const topYear = peak(data.years, (y) => y.deaths)!;
	const year = data.years.find((y) => String(y.year) === state.year);
	const s = <T extends { standalone: boolean }>(row: T, text: string) =>
		withStanding(text, row, lang);
	const words = catalogOf(lang);
	const focus = year
		? words['coalitionDeaths.yearFocus']({
				year: formatYear(year.year, locale),
				deaths: s(year, plural(year.deaths, NOUNS.deaths, locale))
			})
		: '';
	return (
		words['coalitionDeaths.usSummary']({
			month: formatMonth(topMonth.month, locale),
			monthDeaths: s(topMonth, plural(topMonth.deaths, NOUNS.deathsImplied, locale)),
			year: formatYear(topYear.year, locale),
			yearDeaths: s(topYear, plural(topYear.deaths, NOUNS.deaths, locale))
		}) + focus
	);
}

const deathsOf = (locale: LocaleSettings) => (x: number) => plural(x, NOUNS.deaths, locale);

/** Every view draws a single panel; only the tallies have a legend. */
const onePanel = (
	pointsLabel: string,
	body: PlotBody,
	legend: PlotSpec['legend'] = []
): PlotSpec => ({
	legend,
	panels: [{ pointsLabel, body }]
});

export const coalitionDeaths = defineChart({
	id: 'coalition-deaths',
	embedHeight: 620,
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CoalitionDeathsData) =>
		uniqueSources([data.sources.months, data.sources.countries, data.sources.tallies]),
	params: (data) => ({ year: yearParam(data.years.map((y) => y.year)) }),
	views: {
		'us-monthly': {
			summary: usSummary,
			plot(data, state, locale) {
				const year = state.year ?? '';
				const deaths = deathsOf(locale);
				return onePanel(catalogOf(locale.lang)['coalitionDeaths.months'], {
					kind: 'columns',
					format: (x: number) => formatCount(x, locale),
					rows: data.months.map((m) => ({
						key: m.month,
						value: m.deaths,
						label: withStanding(
							`${formatMonth(m.month, locale)}: ${deaths(m.deaths)}`,
							m,
							locale.lang
						),
						series: 'us',
						muted: year !== '' && !m.month.startsWith(year)
					})),
					ticks: yearStartTicks(
						data.months.map((m) => m.month),
						locale
					)
				});
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['coalitionDeaths.month'],
					catalogOf(locale.lang)['coalitionDeaths.usDeaths']
				],
				rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths]),
				rowSources: data.months.map((m) => m.sourceIds)
			})
		},
		'us-yearly': {
			summary: usSummary,
			plot(data, state, locale) {
				const year = state.year ?? '';
				const deaths = deathsOf(locale);
				return onePanel(catalogOf(locale.lang)['coalitionDeaths.years'], {
					kind: 'columns',
					format: (x: number) => formatCount(x, locale),
					rows: data.years.map((y) => ({
						key: String(y.year),
						value: y.deaths,
						label: withStanding(
							`${formatYear(y.year, locale)}: ${deaths(y.deaths)}`,
							y,
							locale.lang
						),
						series: 'us',
						muted: year !== '' && year !== String(y.year)
					})),
					ticks: data.years.map((y) => ({
						value: String(y.year),
						label: formatYear(y.year, locale)
					}))
				});
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['coalitionDeaths.year'],
					catalogOf(locale.lang)['coalitionDeaths.usDeaths']
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			})
		},
		countries: {
			summary(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const [first, second] = data.countries;
				const s = (row: { standalone: boolean }, text: string) => withStanding(text, row, lang);
				return catalogOf(lang)['coalitionDeaths.countriesSummary']({
					countries: sourcedPlural(data.countryCount, NOUNS.countries, locale),
					first: countryName(first!.country, lang),
					firstDeaths: s(first!, plural(first!.deaths, NOUNS.deaths, locale)),
					second: countryName(second!.country, lang),
					secondDeaths: s(second!, n(second!.deaths))
				});
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const deaths = deathsOf(locale);
				return onePanel(catalogOf(lang)['coalitionDeaths.countries'], {
					kind: 'bars',
					format: (x: number) => formatCount(x, locale),
					gapLabel: catalogOf(lang)['coalitionDeaths.notGiven'],
					rows: data.countries.map((c) => ({
						key: c.country,
						name: countryName(c.country, lang),
						value: c.deaths,
						label: withStanding(`${countryName(c.country, lang)}: ${deaths(c.deaths)}`, c, lang),
						valueText: withStanding(formatCount(c.deaths, locale), c, lang),
						series: countrySeries(c.country)
					}))
				});
			},
			table: (data, _state, { lang }) => ({
				columns: [
					catalogOf(lang)['coalitionDeaths.country'],
					catalogOf(lang)['coalitionDeaths.deaths']
				],
				rows: data.countries.map((c) => [countryName(c.country, lang), c.deaths]),
				rowSources: data.countries.map((c) => c.sourceIds)
			})
		},
		tallies: {
			summary(data, _state, locale) {
				const n = (x: number) => formatCount(x, locale);
				const last = data.tallies.at(-1)!;
				const when = formatPartialDate(last.date, locale);
				return (
					withStanding(
						catalogOf(locale.lang)['coalitionDeaths.talliesSummary']({
							date: when,
							us: plural(last.us!, NOUNS.deathsImplied, locale),
							uk: n(last.uk!),
							other: n(last.other!)
						}),
						last,
						locale.lang
					) + '.'
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const series = [
					{ key: 'us', label: countryName('united-states', lang), series: 'us' as const },
					{ key: 'uk', label: countryName('united-kingdom', lang), series: 'uk' as const },
					{
						key: 'other',
						label: catalogOf(lang)['coalitionDeaths.otherNations'],
						series: 'other' as const
					}
				];
				return onePanel(
					catalogOf(lang)['coalitionDeaths.tallies'],
					{
						kind: 'stacked',
						format: n,
						series,
						bands: data.tallies.map((t) => ({
							band: t.date,
							values: { us: t.us, uk: t.uk, other: t.other },
							label: withStanding(
								catalogOf(lang)['coalitionDeaths.tallyLabel']({
									date: formatPartialDate(t.date, locale),
									us: n(t.us),
									uk: n(t.uk),
									other: n(t.other)
								}),
								t,
								lang
							)
						})),
						ticks: data.tallies.map((t) => ({
							value: t.date,
							label: formatYear(Number(t.date.slice(0, 4)), locale)
						}))
					},
					series
				);
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['coalitionDeaths.asOf'],
					catalogOf(locale.lang)['coalitionDeaths.us'],
					catalogOf(locale.lang)['coalitionDeaths.uk'],
					catalogOf(locale.lang)['coalitionDeaths.other'],
					catalogOf(locale.lang)['coalitionDeaths.statedTotal']
				],
				rows: data.tallies.map((t) => [
					formatPartialDate(t.date, locale),
					t.us,
					t.uk,
					t.other,
					t.statedTotal
				]),
				rowSources: data.tallies.map((t) => t.sourceIds)
			})
		}
	}
});
