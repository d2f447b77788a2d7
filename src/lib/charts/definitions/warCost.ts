import { formatUsd, formatYear, peak, type CostEstimate } from '$lib/stats';
import { pick, viewParam } from '../text';
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
		view: viewParam({
			'fiscal-years': ['حسب السنة المالية', 'By fiscal year'],
			estimates: ['التقديرات الإجمالية', 'Total estimates']
		})
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
	plot(data, state, locale) {
		const { lang } = locale;
		const usd = (x: number) => formatUsd(x, locale);
		const heading = pick(lang, `النص: «${data.claim.ar}»`, `The text: ${data.claim.en}`);
		if (state.view === 'estimates') {
			const SERIES = {
				appropriations_to_date: 'us',
				budgetary_to_date: 'uk',
				long_term: 'civilian'
			} as const;
			const seriesOf = (k: CostEstimate['kind']) =>
				k in SERIES ? SERIES[k as keyof typeof SERIES] : 'neutral';
			return {
				heading,
				headingIsClaim: true,
				legend: (Object.keys(SERIES) as (keyof typeof SERIES)[]).map((k) => ({
					key: k,
					label: COST_KIND_LABELS[k][lang],
					series: SERIES[k]
				})),
				panels: [
					{
						pointsLabel: pick(lang, 'التقديرات', 'Estimates'),
						body: {
							kind: 'bars',
							format: usd,
							nameWidth: 200,
							gapLabel: pick(lang, 'غير متوفر', 'not given'),
							rows: data.estimates.map((c) => ({
								key: c.id,
								name: `${c.label} (${c.period})`,
								value: c.usd,
								label: `${c.label}, ${c.period}, ${COST_KIND_LABELS[c.kind][lang]}: ${usd(c.usd)}`,
								series: seriesOf(c.kind)
							}))
						}
					}
				]
			};
		}
		return {
			heading,
			headingIsClaim: true,
			legend: [],
			panels: [
				{
					pointsLabel: pick(lang, 'السنوات المالية', 'Fiscal years'),
					body: {
						kind: 'columns',
						format: usd,
						ticks: data.fiscalYears.map((c) => ({
							value: String(c.fiscalYear),
							label: formatYear(c.fiscalYear ?? 0, locale)
						})),
						rows: data.fiscalYears.map((c) => ({
							key: String(c.fiscalYear),
							value: c.usd,
							label: `${pick(lang, 'السنة المالية', 'FY')} ${formatYear(c.fiscalYear ?? 0, locale)}: ${usd(c.usd)}${c.status === 'request_or_estimate' ? pick(lang, ' (طلب ميزانية)', ' (budget request)') : ''}`,
							series: 'us',
							muted: c.status === 'request_or_estimate'
						}))
					}
				}
			]
		};
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
			rows: rows.map((c) => [c.label, c.period, COST_KIND_LABELS[c.kind][lang], c.usd]),
			rowSources: rows.map((c) => c.sourceIds)
		};
	}
};
