/**
 * Coalition deaths: four views (US by month, US by year, countries, tallies), each with its
 * summary, plot and table in both languages. Longer than the house's ~200 lines because the chart
 * is declared in one place; the views share their helpers above the declaration.
 */
import { peak, uniqueSources } from '$lib/stats';
import {
	countryName,
	formatCount,
	formatMonth,
	formatPartialDate,
	formatYear,
	NOUNS,
	pick,
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
	const n = (x: number) => formatCount(x, locale);
	const topMonth = peak(data.months, (m) => m.deaths)!;
	const topYear = peak(data.years, (y) => y.deaths)!;
	const year = data.years.find((y) => String(y.year) === state.year);
	const s = <T extends { standalone: boolean }>(row: T, text: string) =>
		withStanding(text, row, lang);
	const focus = year
		? pick(
				lang,
				` في ${formatYear(year.year, locale)}: ${s(year, plural(year.deaths, NOUNS.deaths, locale))}.`,
				` In ${formatYear(year.year, locale)}: ${s(year, `${n(year.deaths)} deaths`)}.`
			)
		: '';
	return (
		pick(
			lang,
			`بلغ عدد وفيات الجيش الأمريكي ذروته في ${formatMonth(topMonth.month, locale)} بـ${s(topMonth, plural(topMonth.deaths, NOUNS.deaths, locale))} في شهر واحد، وكانت ${formatYear(topYear.year, locale)} أكثر السنوات دموية بـ${s(topYear, plural(topYear.deaths, NOUNS.deaths, locale))}.`,
			`US military deaths peaked in ${formatMonth(topMonth.month, locale)}, at ${s(topMonth, n(topMonth.deaths))} in one month; the deadliest year was ${formatYear(topYear.year, locale)}, with ${s(topYear, `${n(topYear.deaths)} deaths`)}.`
		) + focus
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
	text: {
		ar: {
			title: 'وفيات قوات التحالف',
			subtitle: 'وفيات الجيش الأمريكي شهرياً وسنوياً، ومجموع وفيات كل دولة، وحصائل تراكمية مؤرخة',
			notes: [
				'الأرقام الشهرية لوفيات العسكريين الأمريكيين من سلسلة صحيفة «الغارديان»، وتطابق سجلات iCasualties في كل الأشهر تقريباً. مجاميع الدول من إحصاء iCasualties كما نقله موقع تجميعي (الموقع الأصلي متوقف): كل دولة يؤكد رقمها مصدر آخر يُذكر معه، والبقية موسومة في جدول البيانات بأنها غير مؤكدة.',
				'مجموع وفيات التحالف في القصة هو حصيلة رويترز في نهاية الحرب، لا مجموع هذه الأعمدة.',
				'لا تتوافر أرقام سنوية لكل دولة؛ الحصائل التراكمية مؤرخة بتاريخ نشرها ولا يُطرح بعضها من بعض.'
			]
		},
		en: {
			title: 'Coalition military deaths',
			subtitle:
				'US deaths by month and year, each country’s total for the war, and dated running tallies',
			notes: [
				'US monthly deaths: the Guardian datablog series, which matches iCasualties’ own records in almost every month. Country totals: iCasualties’ count as relayed by an aggregator (the compiler’s site is offline); a country whose number another source confirms lists that source too, and the rest are marked unverified in the data table.',
				'The coalition total in the story is Reuters’ tally at the end of the war, not the sum of these bars.',
				'Yearly counts per country do not exist in the sources; the tallies are dated when published and are never subtracted from one another.'
			]
		}
	},
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CoalitionDeathsData) =>
		uniqueSources([data.sources.months, data.sources.countries, data.sources.tallies]),
	params: (data) => ({ year: yearParam(data.years.map((y) => y.year)) }),
	views: {
		'us-monthly': {
			label: ['الأمريكيون شهرياً', 'US by month'],
			summary: usSummary,
			plot(data, state, locale) {
				const year = state.year ?? '';
				const deaths = deathsOf(locale);
				return onePanel(pick(locale.lang, 'الأشهر', 'Months'), {
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
					pick(locale.lang, 'الشهر', 'Month'),
					pick(locale.lang, 'وفيات الأمريكيين', 'US deaths')
				],
				rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths]),
				rowSources: data.months.map((m) => m.sourceIds)
			})
		},
		'us-yearly': {
			label: ['الأمريكيون سنوياً', 'US by year'],
			summary: usSummary,
			plot(data, state, locale) {
				const year = state.year ?? '';
				const deaths = deathsOf(locale);
				return onePanel(pick(locale.lang, 'السنوات', 'Years'), {
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
					pick(locale.lang, 'السنة', 'Year'),
					pick(locale.lang, 'وفيات الأمريكيين', 'US deaths')
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			})
		},
		countries: {
			label: ['حسب الدولة', 'By country'],
			summary(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const [first, second] = data.countries;
				const s = (row: { standalone: boolean }, text: string) => withStanding(text, row, lang);
				return pick(
					lang,
					`بحسب إحصاء iCasualties كما نقله موقع تجميعي، فقدت ${sourcedPlural(data.countryCount, NOUNS.countries, locale)} جنوداً في العراق. ${countryName(first!.country, lang)}: ${s(first!, plural(first!.deaths, NOUNS.deaths, locale))}، تليها ${countryName(second!.country, lang)}: ${s(second!, n(second!.deaths))}.`,
					`By iCasualties’ count as an aggregator relays it, ${sourcedPlural(data.countryCount, NOUNS.countries, locale)} lost soldiers in Iraq. ${countryName(first!.country, lang)}: ${s(first!, `${n(first!.deaths)} deaths`)}, followed by ${countryName(second!.country, lang)}: ${s(second!, n(second!.deaths))}.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const deaths = deathsOf(locale);
				return onePanel(pick(lang, 'الدول', 'Countries'), {
					kind: 'bars',
					format: (x: number) => formatCount(x, locale),
					gapLabel: pick(lang, 'غير متوافر', 'not given'),
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
				columns: [pick(lang, 'الدولة', 'Country'), pick(lang, 'الوفيات', 'Deaths')],
				rows: data.countries.map((c) => [countryName(c.country, lang), c.deaths]),
				rowSources: data.countries.map((c) => c.sourceIds)
			})
		},
		tallies: {
			label: ['حصائل مؤرخة', 'Dated tallies'],
			summary(data, _state, locale) {
				const n = (x: number) => formatCount(x, locale);
				const last = data.tallies.at(-1)!;
				const when = formatPartialDate(last.date, locale);
				return (
					withStanding(
						pick(
							locale.lang,
							`حتى ${when}: ${plural(last.us!, NOUNS.deaths, locale)} من الأمريكيين و${n(last.uk!)} من البريطانيين و${n(last.other!)} من دول أخرى`,
							`By ${when}: ${n(last.us)} US, ${n(last.uk)} UK and ${n(last.other)} other coalition deaths`
						),
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
					{ key: 'other', label: pick(lang, 'دول أخرى', 'Other nations'), series: 'other' as const }
				];
				return onePanel(
					pick(lang, 'الحصائل', 'Tallies'),
					{
						kind: 'stacked',
						format: n,
						series,
						bands: data.tallies.map((t) => ({
							band: t.date,
							values: { us: t.us, uk: t.uk, other: t.other },
							label: withStanding(
								pick(
									lang,
									`حتى ${formatPartialDate(t.date, locale)}: الولايات المتحدة ${n(t.us)}، بريطانيا ${n(t.uk)}، دول أخرى ${n(t.other)}`,
									`By ${formatPartialDate(t.date, locale)}: US ${n(t.us)}, UK ${n(t.uk)}, other ${n(t.other)}`
								),
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
					pick(locale.lang, 'حتى تاريخ', 'As of'),
					pick(locale.lang, 'الولايات المتحدة', 'US'),
					pick(locale.lang, 'بريطانيا', 'UK'),
					pick(locale.lang, 'دول أخرى', 'Other'),
					pick(locale.lang, 'المجموع المعلن', 'Stated total')
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
