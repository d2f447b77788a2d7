import { peak, type CostEstimate } from '$lib/stats';
import { formatUsd, formatUsdAxis, formatYear } from '$lib/i18n';
import { viewParam } from '../params';
import { pick } from '$lib/i18n';
import type { ChartDefinition } from '../types';
import type { WarCostData } from './warCost.select';

export const GEOGRAPHY_LABELS: Record<CostEstimate['geography'], { ar: string; en: string }> = {
	iraq: { ar: 'العراق', en: 'Iraq' },
	iraq_syria: { ar: 'العراق وسوريا معاً', en: 'Iraq and Syria together' },
	post_911_wars: { ar: 'كل حروب ما بعد 11 أيلول', en: 'all post-9/11 wars' }
};

export const COUNTS_LABELS: Record<CostEstimate['counts'], { ar: string; en: string }> = {
	appropriations: {
		ar: 'مخصصات الكونغرس (الدفاع والخارجية والرعاية الطبية للمحاربين القدامى)',
		en: 'congressional appropriations (defence, State/USAID, veterans’ medical care)'
	},
	war_appropriations: {
		ar: 'تمويل الحرب الطارئ في الميزانية',
		en: 'emergency war funding'
	},
	state_usaid_spending: {
		ar: 'إنفاق وزارة الخارجية والوكالة الأمريكية للتنمية',
		en: 'State Department and USAID spending'
	},
	budgetary_to_date: {
		ar: 'الكلفة في الميزانية حتى تاريخه',
		en: 'budgetary cost to date'
	},
	budgetary_incl_future_veterans: {
		ar: 'الكلفة في الميزانية مع رعاية المحاربين القدامى حتى 2050',
		en: 'budgetary cost including veterans’ care to 2050'
	},
	economic_cost: {
		ar: 'الكلفة الاقتصادية الكاملة (تقدير)',
		en: 'full economic cost (estimate)'
	}
};

/**
 * A cost estimate's name with what it covers and what it counts, in one line: no amount is
 * shown without its scope ("Iraq" or "Iraq and Syria together").
 */
export function costLabel(c: CostEstimate, lang: 'ar' | 'en'): string {
	const comma = lang === 'ar' ? '، ' : ', ';
	return `${c.label[lang]} (${c.period[lang]}): ${GEOGRAPHY_LABELS[c.geography][lang]}${comma}${COUNTS_LABELS[c.counts][lang]}`;
}

export const COST_KIND_LABELS: Record<CostEstimate['kind'], { ar: string; en: string }> = {
	component: { ar: 'جزء من الإنفاق', en: 'Part of the spending' },
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
				'مبالغ اسمية بالدولار غير معدلة حسب التضخم. لكل تقدير نطاقه (العراق وحده، أو العراق وسوريا معاً) وما يحسبه (مخصصات، كلفة في الميزانية، رعاية المحاربين القدامى مستقبلاً، كلفة اقتصادية كاملة): لا تُجمع ولا تُقارن كأنها رقم واحد.',
				'أرقام السنوات المالية من نسخة منشورة لجدول دائرة أبحاث الكونغرس على موقع غير رسمي، فهي غير مؤكدة؛ ومجموعها حتى السنة المالية 2010 يطابق ما نقلته «كريستيان ساينس مونيتور» عن الدائرة لتلك الفترة.',
				'السنتان الماليتان 2012 و2013 كانتا طلبات ميزانية عند إعداد الجدول، لا إنفاقاً فعلياً.'
			]
		},
		en: {
			title: 'What the war cost the US',
			subtitle:
				'Funding by fiscal year, and estimates of the total, against the text’s “several billion dollars”',
			notes: [
				'Nominal dollars, not adjusted for inflation. Each estimate has its own scope (Iraq alone, or Iraq and Syria together) and counts its own things (appropriations, budgetary cost, future veterans’ care, full economic cost): they do not add up and are not one measure.',
				'The fiscal-year amounts come from a copy of the Congressional Research Service table on an unofficial site, so they are unverified; their sum to FY2010 matches the total the Christian Science Monitor reported from CRS for that period.',
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
			const iraq = data.estimates.filter((c) => c.geography === 'iraq');
			const low = iraq[0]!;
			const high = iraq.at(-1)!;
			return pick(
				lang,
				`يقول النص «عدة مليارات من الدولار». أصغر تقدير لكلفة حرب العراق وحدها هنا ${usd(low.usd)} (${costLabel(low, lang)})، وأكبرها ${usd(high.usd)} (${costLabel(high, lang)}). أما تقديرات مشروع «تكاليف الحرب» فتجمع العراق وسوريا معاً.`,
				`The text says “several billion dollars”. The smallest estimate here of the Iraq war’s cost alone is ${usd(low.usd)} (${costLabel(low, lang)}); the largest, ${usd(high.usd)} (${costLabel(high, lang)}). The Costs of War estimates cover Iraq and Syria together.`
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
							labels: 'above',
							gapLabel: pick(lang, 'غير متوفر', 'not given'),
							rows: data.estimates.map((c) => ({
								key: c.id,
								// the period is in the tooltip and the table; the name keeps the scope
								name: `${c.label[lang]}${lang === 'ar' ? '، ' : ', '}${GEOGRAPHY_LABELS[c.geography][lang]}`,
								value: c.usd,
								label: `${costLabel(c, lang)}: ${usd(c.usd)}`,
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
						axisFormat: (x: number) => formatUsdAxis(x, locale),
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
				pick(lang, 'النطاق', 'Scope'),
				pick(lang, 'ما يحسبه', 'What it counts'),
				pick(lang, 'دولار أمريكي', 'US dollars')
			],
			rows: rows.map((c) => [
				c.label[lang],
				c.period[lang],
				GEOGRAPHY_LABELS[c.geography][lang],
				COUNTS_LABELS[c.counts][lang],
				c.usd
			]),
			rowSources: rows.map((c) => c.sourceIds)
		};
	}
};
