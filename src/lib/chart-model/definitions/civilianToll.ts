import { peak, uniqueSources, type SourceId } from '$lib/stats';
import {
	formatCount,
	formatMonth,
	formatYear,
	NOUNS,
	pick,
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
export const CIVILIAN_MOMENTS = [
	{ month: '2003-03', ar: 'الغزو', en: 'Invasion' },
	{ month: '2006-02', ar: 'تفجير مرقد سامراء', en: 'Samarra mosque bombing' },
	{ month: '2007-02', ar: 'زيادة القوات الأمريكية', en: 'US troop surge' },
	{ month: '2011-12', ar: 'انسحاب القوات الأمريكية', en: 'US withdrawal' },
	{ month: '2013-07', ar: 'تصاعد العنف 2013', en: '2013 rise' }
] as const;

/** Every view is summarised alike: the whole toll, its worst year and month, the highlighted year. */
function summary(data: CivilianTollData, state: ChartState, locale: LocaleSettings): string {
	const { lang } = locale;
	const n = (x: number) => formatCount(x, locale);
	const total = data.months.at(-1)!.cumulative;
	const topYear = peak(data.years, (y) => y.deaths)!;
	const topMonth = peak(data.months, (m) => m.deaths)!;
	const year = data.years.find((y) => String(y.year) === state.year);
	const focus = year
		? pick(
				lang,
				` وفي ${formatYear(year.year, locale)} وحدها: ${plural(year.deaths, NOUNS.civilianDeaths, locale)}.`,
				` In ${formatYear(year.year, locale)} alone: ${plural(year.deaths, NOUNS.civilianDeaths, locale)}.`
			)
		: '';
	return (
		pick(
			lang,
			`مجموعنا للأرقام الشهرية التي وثّقها مشروع «إحصاء الجثث في العراق» من 2003 إلى 2013، باعتماد الحد الأعلى من أرقامه حتى 2011: ${plural(total, NOUNS.civilianDeaths, locale)}. كانت ${formatYear(topYear.year, locale)} الأكثر دموية (${n(topYear.deaths)})، وكان ${formatMonth(topMonth.month, locale)} أسوأ الشهور (${n(topMonth.deaths)}).`,
			`Our sum of the monthly figures Iraq Body Count documented from 2003 to 2013, at their maximum to 2011: ${plural(total, NOUNS.civilianDeaths, locale)}. ${formatYear(topYear.year, locale)} was the deadliest year (${n(topYear.deaths)}); the worst month was ${formatMonth(topMonth.month, locale)} (${n(topMonth.deaths)}).`
		) + focus
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
				pointsLabel: pick(locale.lang, 'الأشهر', 'Months'),
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
			pick(lang, 'الشهر', 'Month'),
			pick(lang, 'القتلى المدنيون', 'Civilian deaths'),
			pick(lang, 'المجموع التراكمي', 'Running total')
		],
		rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths, m.cumulative]),
		rowSources: data.months.map((m) => (soFar = uniqueSources([soFar, m.sourceIds])))
	};
}

const deathsOf = (locale: LocaleSettings) => (x: number) => plural(x, NOUNS.civilianDeaths, locale);

export const civilianToll = defineChart({
	id: 'civilian-toll',
	embedHeight: 640,
	text: {
		ar: {
			title: 'القتلى المدنيون الموثقون 2003–2013',
			subtitle:
				'قتلى مدنيون سقطوا في أعمال عنف وثّقهم مشروع «إحصاء الجثث في العراق»، شهرياً وسنوياً وتراكمياً',
			notes: [
				'لا يحصي مشروع «إحصاء الجثث في العراق» إلا القتلى المدنيين الذين يوثقهم من تقارير الإعلام والمشارح والسجلات الرسمية، فالحصيلة الفعلية أعلى، وأرقامه ليست تقديراً لها. ويعطي المشروع لكل شهر حداً أدنى وحداً أعلى: يأخذ هذا الرسم الحدّ الأعلى حتى 2011، والرقم الشهري الوحيد الذي نشره لعامي 2012 و2013.',
				'أرقام ما قبل نهاية 2011 من قاعدة بيانات مشروع «إحصاء الجثث في العراق» (إصدار آذار 2012)، وأرقام 2012–2013 من مراجعته لعام 2014 (المنشورة في كانون الثاني 2015)؛ ويعدّل المشروع أرقامه بالزيادة بمرور الوقت.'
			]
		},
		en: {
			title: 'Documented civilian deaths, 2003–2013',
			subtitle:
				'Civilians killed by violence as documented by Iraq Body Count, by month, by year and in total',
			notes: [
				'Iraq Body Count counts only the civilian deaths it can document from media, morgue and official records, so the true toll is higher; it is not an estimate of it. IBC gives each month a minimum and a maximum: this chart takes the maximum to 2011, and the single monthly figure IBC published for 2012 and 2013.',
				'To 2011 from IBC’s database (March 2012), 2012–13 from its review of 2014 (published January 2015); IBC revises its figures upward over time.'
			]
		}
	},
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CivilianTollData) => data.sources,
	params: (data) => ({ year: yearParam(data.years.map((y) => y.year)) }),
	views: {
		monthly: {
			label: ['شهرياً', 'By month'],
			summary,
			plot(data, state, locale) {
				const deaths = deathsOf(locale);
				const months = new Set(data.months.map((m) => m.month));
				const moments = CIVILIAN_MOMENTS.filter((a) => months.has(a.month)).map((a) => ({
					key: a.month,
					label: pick(locale.lang, a.ar, a.en)
				}));
				return monthColumns(data, state, locale, moments, (m) => ({
					value: m.deaths,
					text: deaths(m.deaths)
				}));
			},
			table: (data, _state, locale) => monthTable(data, locale)
		},
		yearly: {
			label: ['سنوياً', 'By year'],
			summary,
			plot(data, state, locale) {
				const highlight = state.year ?? '';
				const deaths = deathsOf(locale);
				return {
					legend: [],
					panels: [
						{
							pointsLabel: pick(locale.lang, 'السنوات', 'Years'),
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
					pick(locale.lang, 'السنة', 'Year'),
					pick(locale.lang, 'القتلى المدنيون', 'Civilian deaths')
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			})
		},
		cumulative: {
			label: ['تراكمياً', 'Running total'],
			summary,
			plot: (data, state, locale) =>
				monthColumns(data, state, locale, [], (m) => ({
					value: m.cumulative,
					text: pick(
						locale.lang,
						`المجموع ${formatCount(m.cumulative, locale)}`,
						`${formatCount(m.cumulative, locale)} in total`
					)
				})),
			table: (data, _state, locale) => monthTable(data, locale)
		}
	}
});
