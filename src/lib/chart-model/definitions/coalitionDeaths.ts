import { NOUNS } from '$lib/i18n/nouns';
import { plural } from '$lib/i18n/plural';
import { peak, uniqueSources } from '$lib/stats';
import { formatCount, formatMonth, formatPartialDate, formatYear } from '$lib/i18n';
import { viewParam, yearParam } from '../params';
import { countryName, pick } from '$lib/i18n';
import { yearStartTicks } from '../ticks';
import { countrySeries } from '../tokens';
import type { ChartDefinition } from '../types';

import type { CoalitionDeathsData } from './coalitionDeaths.select';

export const coalitionDeaths: ChartDefinition<CoalitionDeathsData> = {
	id: 'coalition-deaths',
	text: {
		ar: {
			title: 'قتلى قوات التحالف',
			subtitle: 'قتلى الجيش الأمريكي شهرياً وسنوياً، ومجموع قتلى كل دولة، وحصيلات تراكمية مؤرخة',
			notes: [
				'الأرقام الشهرية للقتلى الأمريكيين من سلسلة الغارديان، وتطابق سجلات iCasualties في كل الأشهر تقريباً. مجاميع الدول من إحصاء iCasualties كما نقله موقع تجميعي (الموقع الأصلي متوقف): كل دولة يؤكد رقمها مصدر آخر يُذكر معه، والبقية موسومة في جدول البيانات بأنها غير مؤكدة.',
				'مجموع قتلى التحالف في القصة هو حصيلة رويترز في نهاية الحرب، لا مجموع هذه الأعمدة.',
				'لا تتوفر أرقام سنوية لكل دولة؛ الحصيلات التراكمية مؤرخة بتاريخ نشرها ولا تُطرح من بعضها.'
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
	sourceIds: (data) =>
		uniqueSources([data.sources.months, data.sources.countries, data.sources.tallies]),
	states: (data) => ({
		view: viewParam({
			'us-monthly': ['الأمريكيون شهرياً', 'US by month'],
			'us-yearly': ['الأمريكيون سنوياً', 'US by year'],
			countries: ['حسب الدولة', 'By country'],
			tallies: ['حصيلات مؤرخة', 'Dated tallies']
		}),
		year: yearParam(data.years.map((y) => y.year))
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		if (state.view === 'countries') {
			const [first, second] = data.countries;
			return pick(
				lang,
				`فقدت ${plural(data.countries.length, NOUNS.countries, locale)} جنوداً في العراق بحسب إحصاء iCasualties. ${countryName(first!.country, lang)}: ${plural(first!.deaths, NOUNS.deaths, locale)}، تليها ${countryName(second!.country, lang)}: ${n(second!.deaths)}.`,
				`${n(data.countries.length)} countries lost soldiers in Iraq. ${countryName(first!.country, lang)}: ${n(first!.deaths)} dead, followed by ${countryName(second!.country, lang)}: ${n(second!.deaths)}.`
			);
		}
		if (state.view === 'tallies') {
			const last = data.tallies.at(-1)!;
			const when = formatPartialDate(last.date, locale);
			return pick(
				lang,
				`حتى ${when}: ${plural(last.us!, NOUNS.deaths, locale)} من الأمريكيين و${n(last.uk!)} من البريطانيين و${n(last.other!)} من دول أخرى.`,
				`By ${when}: ${n(last.us)} US, ${n(last.uk)} UK and ${n(last.other)} other coalition dead.`
			);
		}
		const topMonth = peak(data.months, (m) => m.deaths)!;
		const topYear = peak(data.years, (y) => y.deaths)!;
		const year = data.years.find((y) => String(y.year) === state.year);
		const focus = year
			? pick(
					lang,
					` في ${formatYear(year.year, locale)}: ${plural(year.deaths, NOUNS.deaths, locale)}.`,
					` In ${formatYear(year.year, locale)}: ${n(year.deaths)} deaths.`
				)
			: '';
		return (
			pick(
				lang,
				`بلغ عدد قتلى الجيش الأمريكي ذروته في ${formatMonth(topMonth.month, locale)} بـ${plural(topMonth.deaths, NOUNS.deaths, locale)} في شهر واحد، وكانت ${formatYear(topYear.year, locale)} أكثر السنوات دموية بـ${plural(topYear.deaths, NOUNS.deaths, locale)}.`,
				`US military deaths peaked in ${formatMonth(topMonth.month, locale)}, at ${n(topMonth.deaths)} in one month; the deadliest year was ${formatYear(topYear.year, locale)}, with ${n(topYear.deaths)} deaths.`
			) + focus
		);
	},
	plot(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		const deaths = (x: number) => plural(x, NOUNS.deaths, locale);
		const year = state.year ?? '';
		if (state.view === 'countries')
			return {
				legend: [],
				panels: [
					{
						pointsLabel: pick(lang, 'الدول', 'Countries'),
						body: {
							kind: 'bars',
							format: n,
							gapLabel: pick(lang, 'غير متوفر', 'not given'),
							rows: data.countries.map((c) => ({
								key: c.country,
								name: countryName(c.country, lang),
								value: c.deaths,
								label: `${countryName(c.country, lang)}: ${deaths(c.deaths)}`,
								series: countrySeries(c.country)
							}))
						}
					}
				]
			};
		if (state.view === 'tallies') {
			const series = [
				{
					key: 'us',
					label: countryName('united-states', lang),
					series: 'us' as const
				},
				{
					key: 'uk',
					label: countryName('united-kingdom', lang),
					series: 'uk' as const
				},
				{ key: 'other', label: pick(lang, 'دول أخرى', 'Other nations'), series: 'other' as const }
			];
			return {
				legend: series,
				panels: [
					{
						pointsLabel: pick(lang, 'الحصيلات', 'Tallies'),
						body: {
							kind: 'stacked',
							format: n,
							series,
							bands: data.tallies.map((t) => ({
								band: t.date,
								values: { us: t.us, uk: t.uk, other: t.other },
								label: pick(
									lang,
									`حتى ${formatPartialDate(t.date, locale)}: الولايات المتحدة ${n(t.us)}، المملكة المتحدة ${n(t.uk)}، دول أخرى ${n(t.other)}`,
									`By ${formatPartialDate(t.date, locale)}: US ${n(t.us)}, UK ${n(t.uk)}, other ${n(t.other)}`
								)
							})),
							ticks: data.tallies.map((t) => ({
								value: t.date,
								label: formatYear(Number(t.date.slice(0, 4)), locale)
							}))
						}
					}
				]
			};
		}
		if (state.view === 'us-yearly')
			return {
				legend: [],
				panels: [
					{
						pointsLabel: pick(lang, 'السنوات', 'Years'),
						body: {
							kind: 'columns',
							format: n,
							rows: data.years.map((y) => ({
								key: String(y.year),
								value: y.deaths,
								label: `${formatYear(y.year, locale)}: ${deaths(y.deaths)}`,
								series: 'us',
								muted: year !== '' && year !== String(y.year)
							})),
							ticks: data.years.map((y) => ({
								value: String(y.year),
								label: formatYear(y.year, locale)
							}))
						}
					}
				]
			};
		return {
			legend: [],
			panels: [
				{
					pointsLabel: pick(lang, 'الأشهر', 'Months'),
					body: {
						kind: 'columns',
						format: n,
						rows: data.months.map((m) => ({
							key: m.month,
							value: m.deaths,
							label: `${formatMonth(m.month, locale)}: ${deaths(m.deaths)}`,
							series: 'us',
							muted: year !== '' && !m.month.startsWith(year)
						})),
						ticks: yearStartTicks(
							data.months.map((m) => m.month),
							locale
						)
					}
				}
			]
		};
	},
	table(data, state, locale) {
		const { lang } = locale;
		if (state.view === 'countries')
			return {
				columns: [pick(lang, 'الدولة', 'Country'), pick(lang, 'القتلى', 'Deaths')],
				rows: data.countries.map((c) => [countryName(c.country, lang), c.deaths]),
				rowSources: data.countries.map((c) => c.sourceIds)
			};
		if (state.view === 'tallies')
			return {
				columns: [
					pick(lang, 'حتى تاريخ', 'As of'),
					pick(lang, 'الولايات المتحدة', 'US'),
					pick(lang, 'المملكة المتحدة', 'UK'),
					pick(lang, 'دول أخرى', 'Other'),
					pick(lang, 'المجموع المعلن', 'Stated total')
				],
				rows: data.tallies.map((t) => [
					formatPartialDate(t.date, locale),
					t.us,
					t.uk,
					t.other,
					t.statedTotal
				]),
				rowSources: data.tallies.map((t) => t.sourceIds)
			};
		if (state.view === 'us-yearly')
			return {
				columns: [pick(lang, 'السنة', 'Year'), pick(lang, 'القتلى الأمريكيون', 'US deaths')],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			};
		return {
			columns: [pick(lang, 'الشهر', 'Month'), pick(lang, 'القتلى الأمريكيون', 'US deaths')],
			rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths]),
			rowSources: data.months.map((m) => m.sourceIds)
		};
	}
};
