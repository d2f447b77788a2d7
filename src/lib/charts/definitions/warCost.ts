import { formatUsd, peak, type CostEstimate } from '$lib/stats';
import { pick } from '../text';
import type { ChartDefinition } from '../types';
import type { WarCostData } from './warCost.select';

export const COST_KIND_LABELS: Record<CostEstimate['kind'], { ar: string; en: string }> = {
	fiscal_year: { ar: 'تمويل سنة مالية', en: 'Fiscal-year funding' },
	annual_quote: { ar: 'كلفة سنوية', en: 'Annual cost' },
	annual_projection: { ar: 'كلفة سنوية متوقعة', en: 'Projected annual cost' },
	appropriations_to_date: { ar: 'مخصصات الميزانية', en: 'Appropriations' },
	budgetary_to_date: { ar: 'كلفة في الميزانية حتى تاريخه', en: 'Budgetary cost to date' },
	long_term: { ar: 'تقدير بعيد المدى', en: 'Long-term estimate' }
};

export const warCost: ChartDefinition<WarCostData> = {
	id: 'war-cost',
	text: {
		ar: {
			title: 'كلفة الحرب على الولايات المتحدة',
			subtitle: 'التمويل حسب السنة المالية، وتقديرات الكلفة الإجمالية، مقابل «عدة مليارات» في النص',
			notes: [
				'مبالغ اسمية بالدولار غير معدلة حسب التضخم، وكل تقدير بنطاقه الخاص (مخصصات، كلفة في الميزانية مع رعاية المحاربين القدامى، كلفة اقتصادية كاملة): لا تُجمع.',
				'السنتان الماليتان 2012 و2013 كانتا طلبات ميزانية عند إعداد الجدول، لا إنفاقاً فعلياً.'
			]
		},
		en: {
			title: 'What the war cost the US',
			subtitle:
				'Funding by fiscal year, and estimates of the total, against the text’s “several billion dollars”',
			notes: [
				'Nominal dollars, not adjusted for inflation; each estimate has its own scope (appropriations, budgetary cost incl. veterans’ care, full economic cost): they do not add up.',
				'FY2012 and FY2013 were budget requests when the table was compiled, not spending.'
			]
		}
	},
	sourceIds: (data) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	states: () => ({
		view: {
			values: ['fiscal-years', 'estimates'],
			default: 'fiscal-years',
			label: (v, lang) =>
				v === 'estimates'
					? pick(lang, 'التقديرات الإجمالية', 'Total estimates')
					: pick(lang, 'حسب السنة المالية', 'By fiscal year')
		}
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const usd = (x: number) => formatUsd(x, locale);
		if (state.view === 'estimates') {
			const low = data.estimates[0]!;
			const high = data.estimates.at(-1)!;
			return pick(
				lang,
				`يقول النص «عدة مليارات من الدولارات». أصغر تقدير هنا ${usd(low.usd)} (${low.period})، وأكبرها ${usd(high.usd)}.`,
				`The text says “several billion dollars”. The smallest estimate here is ${usd(low.usd)} (${low.period}); the largest, ${usd(high.usd)}.`
			);
		}
		const top = peak(data.fiscalYears, (c) => c.usd)!;
		return pick(
			lang,
			`بلغ تمويل حرب العراق ذروته في السنة المالية ${top.fiscalYear} بـ${usd(top.usd)}.`,
			`Iraq war funding peaked in FY${top.fiscalYear}, at ${usd(top.usd)}.`
		);
	},
	table(data, state, locale) {
		const { lang } = locale;
		const rows = state.view === 'estimates' ? data.estimates : data.fiscalYears;
		return {
			columns: [
				pick(lang, 'التقدير', 'Estimate'),
				pick(lang, 'الفترة', 'Period'),
				pick(lang, 'النوع', 'Kind'),
				pick(lang, 'دولار أمريكي', 'US dollars')
			],
			rows: rows.map((c) => [c.label, c.period, COST_KIND_LABELS[c.kind][lang], c.usd])
		};
	}
};
