import {
	formatCount,
	formatMonth,
	formatPartialDate,
	formatYear,
	peak,
	uniqueSources
} from '$lib/stats';
import { allYearsLabel, countryName, pick, yearValues } from '../text';
import type { ChartDefinition } from '../types';

import type { CoalitionDeathsData } from './coalitionDeaths.select';

const VIEWS = ['us-monthly', 'us-yearly', 'countries', 'tallies'] as const;

export const coalitionDeaths: ChartDefinition<CoalitionDeathsData> = {
	id: 'coalition-deaths',
	text: {
		ar: {
			title: 'قتلى قوات التحالف',
			subtitle: 'قتلى الجيش الأمريكي شهرياً وسنوياً، ومجموع قتلى كل دولة، وحصيلات تراكمية مؤرخة',
			notes: [
				'الأرقام الشهرية للقتلى الأمريكيين من سلسلة الغارديان؛ مجاميع الدول من موقع iCasualties.',
				'لا تتوفر أرقام سنوية لكل دولة؛ الحصيلات التراكمية مؤرخة بتاريخ نشرها ولا تُطرح من بعضها.'
			]
		},
		en: {
			title: 'Coalition military deaths',
			subtitle:
				'US deaths by month and year, each country’s total for the war, and dated running tallies',
			notes: [
				'US monthly deaths: Guardian datablog series. Country totals: iCasualties.',
				'Yearly counts per country do not exist in the sources; the tallies are dated when published and are never subtracted from one another.'
			]
		}
	},
	sourceIds: (data) =>
		uniqueSources([data.sources.months, data.sources.countries, data.sources.tallies]),
	states: (data) => ({
		view: {
			values: VIEWS,
			default: 'us-monthly',
			label: (v, lang) =>
				({
					'us-monthly': pick(lang, 'الأمريكيون شهرياً', 'US by month'),
					'us-yearly': pick(lang, 'الأمريكيون سنوياً', 'US by year'),
					countries: pick(lang, 'حسب الدولة', 'By country'),
					tallies: pick(lang, 'حصيلات مؤرخة', 'Dated tallies')
				})[v] ?? v
		},
		year: {
			values: yearValues(data.years.map((y) => y.year)),
			default: '',
			label: (v, lang) => (v === '' ? allYearsLabel(lang) : v)
		}
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		if (state.view === 'countries') {
			const [first, second] = data.countries;
			return pick(
				lang,
				`فقدت ${n(data.countries.length)} دولة جنوداً في العراق. ${countryName(first!.country, lang)}: ${n(first!.deaths)} قتيلاً، تليها ${countryName(second!.country, lang)}: ${n(second!.deaths)}.`,
				`${n(data.countries.length)} countries lost soldiers in Iraq. ${countryName(first!.country, lang)}: ${n(first!.deaths)} dead, followed by ${countryName(second!.country, lang)}: ${n(second!.deaths)}.`
			);
		}
		if (state.view === 'tallies') {
			const last = data.tallies.at(-1)!;
			const when = formatPartialDate(last.date, locale);
			return pick(
				lang,
				`حتى ${when}: ${n(last.us)} قتيلاً أمريكياً و${n(last.uk)} بريطانياً و${n(last.other)} من دول أخرى.`,
				`By ${when}: ${n(last.us)} US, ${n(last.uk)} UK and ${n(last.other)} other coalition dead.`
			);
		}
		const topMonth = peak(data.months, (m) => m.deaths)!;
		const topYear = peak(data.years, (y) => y.deaths)!;
		const year = data.years.find((y) => String(y.year) === state.year);
		const focus = year
			? pick(
					lang,
					` في ${formatYear(year.year, locale)}: ${n(year.deaths)} قتيلاً.`,
					` In ${formatYear(year.year, locale)}: ${n(year.deaths)} deaths.`
				)
			: '';
		return (
			pick(
				lang,
				`بلغ عدد قتلى الجيش الأمريكي ذروته في ${formatMonth(topMonth.month, locale)} بـ${n(topMonth.deaths)} قتيلاً في شهر واحد، وكانت ${formatYear(topYear.year, locale)} أكثر السنوات دموية بـ${n(topYear.deaths)} قتيلاً.`,
				`US military deaths peaked in ${formatMonth(topMonth.month, locale)}, at ${n(topMonth.deaths)} in one month; the deadliest year was ${formatYear(topYear.year, locale)}, with ${n(topYear.deaths)} deaths.`
			) + focus
		);
	},
	table(data, state, locale) {
		const { lang } = locale;
		if (state.view === 'countries')
			return {
				columns: [pick(lang, 'الدولة', 'Country'), pick(lang, 'القتلى', 'Deaths')],
				rows: data.countries.map((c) => [countryName(c.country, lang), c.deaths])
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
				])
			};
		if (state.view === 'us-yearly')
			return {
				columns: [pick(lang, 'السنة', 'Year'), pick(lang, 'القتلى الأمريكيون', 'US deaths')],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths])
			};
		return {
			columns: [pick(lang, 'الشهر', 'Month'), pick(lang, 'القتلى الأمريكيون', 'US deaths')],
			rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths])
		};
	}
};
