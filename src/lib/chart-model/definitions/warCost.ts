import { peak, type CostEstimate } from '$lib/stats';
import {
	comma,
	COST_KIND_LABELS,
	costLabel,
	costSentences,
	COUNTS_LABELS,
	formatUsd,
	MESSAGES,
	formatUsdAxis,
	formatYear,
	GEOGRAPHY_LABELS,
	pick,
	withStanding,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import type { TableData } from '../types';
import type { CostRow, WarCostData } from './warCost.select';

/** The table is the same for both views, over their own rows. */
function costTable(rows: readonly CostRow[], lang: Lang): TableData {
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

/** Every view is headed by the text's own claim. */
/**
 * The claim as the heading gives it: the text's own words on /ar/; on /en/ those words in
 * translation, said to be a translation (the claim's English statement paraphrases them).
 */
const claimHeading = (data: WarCostData, lang: Lang) =>
	`${MESSAGES[lang].theTextSays}: ${
		lang === 'ar'
			? `«${data.claim.quote.replace(/^و/, '')}»`
			: `“${/'([^']+)'/.exec(data.claim.en)?.[1] ?? data.claim.en}”`
	}`;

/** An amount as printed anywhere: with its standing when no standalone source gives it. */
const usdOf = (locale: LocaleSettings) => (c: CostRow) =>
	withStanding(formatUsd(c.usd, locale), c, locale.lang);

export const warCost = defineChart({
	id: 'war-cost',
	embedHeight: 640,
	text: {
		ar: {
			title: 'كلفة الحرب على الولايات المتحدة',
			subtitle: 'التمويل حسب السنة المالية، وتقديرات الكلفة الإجمالية، مقابل «عدة مليارات» في النص',
			notes: [
				'مبالغ اسمية بالدولار غير معدلة حسب التضخم. لكل تقدير نطاقه (العراق وحده، أو العراق وسوريا معاً) وما يحسبه (مخصصات، كلفة في الميزانية، رعاية المحاربين القدامى مستقبلاً، كلفة اقتصادية كاملة): لا تُجمع ولا تُقارن كأنها رقم واحد.',
				'أرقام السنوات المالية من نسخة منشورة لجدول دائرة أبحاث الكونغرس على موقع غير رسمي، فهي غير مؤكدة؛ ومجموعها حتى السنة المالية 2010 يطابق ما نقلته «كريستيان ساينس مونيتور» عن الدائرة لتلك الفترة.',
				'السنتان الماليتان 2012 و2013 كانتا طلبات ميزانية عند إعداد الجدول، لا إنفاقاً فعلياً.',
				'لمشروع «تكاليف الحرب» رقمان للكلفة حتى تاريخه: في تقريره لعام 2021 عن حربي العراق وسوريا، وفي تقريره لعام 2023 عن عشرين عاماً من الحرب فيهما. الثاني أصغر من الأول، وليس ذلك انخفاضاً في الإنفاق: التقريران يحسبان بطريقتين مختلفتين، ولا تفصّل المصادر التي بين أيدينا الفرق بينهما.'
			]
		},
		en: {
			title: 'What the war cost the US',
			subtitle:
				'Funding by fiscal year, and estimates of the total, against the text’s “several billion dollars”',
			notes: [
				'Nominal dollars, not adjusted for inflation. Each estimate has its own scope (Iraq alone, or Iraq and Syria together) and counts its own things (appropriations, budgetary cost, future veterans’ care, full economic cost): they do not add up and are not one measure.',
				'The fiscal-year amounts come from a copy of the Congressional Research Service table on an unofficial site, so they are unverified; their sum to FY2010 matches the total the Christian Science Monitor reported from CRS for that period.',
				'FY2012 and FY2013 were budget requests when the table was compiled, not spending.',
				'The Costs of War project has two figures to date: in its 2021 report on the wars in Iraq and Syria, and in its 2023 report on twenty years of war there. The later one is smaller, and that is not a fall in spending: the two reports count differently, and the sources we hold do not break the difference down.'
			]
		}
	},
	sourceIds: (data: WarCostData) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	views: {
		'fiscal-years': {
			label: ['حسب السنة المالية', 'By fiscal year'],
			summary(data, _state, locale) {
				const usd = usdOf(locale);
				const top = peak(data.fiscalYears, (c) => c.usd)!;
				return pick(
					locale.lang,
					`بحسب نسخة غير رسمية من جدول دائرة أبحاث الكونغرس، بلغ تمويل حرب العراق ذروته في السنة المالية ${formatYear(top.fiscalYear ?? 0, locale)} بـ${usd(top)}.`,
					`By an unofficial copy of the Congressional Research Service’s table, Iraq war funding peaked in FY${formatYear(top.fiscalYear ?? 0, locale)}, at ${usd(top)}.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const usd = usdOf(locale);
				return {
					heading: claimHeading(data, lang),
					headingIsClaim: true,
					legend: [],
					panels: [
						{
							pointsLabel: pick(lang, 'السنوات المالية', 'Fiscal years'),
							body: {
								kind: 'columns',
								format: (x: number) => formatUsd(x, locale),
								axisFormat: (x: number) => formatUsdAxis(x, locale),
								ticks: data.fiscalYears.map((c) => ({
									value: String(c.fiscalYear),
									label: formatYear(c.fiscalYear ?? 0, locale)
								})),
								rows: data.fiscalYears.map((c) => ({
									key: String(c.fiscalYear),
									value: c.usd,
									label: `${pick(lang, 'السنة المالية', 'FY')} ${formatYear(c.fiscalYear ?? 0, locale)}: ${usd(c)}${c.status === 'request_or_estimate' ? pick(lang, ' (طلب ميزانية)', ' (budget request)') : ''}`,
									series: 'us',
									muted: c.status === 'request_or_estimate'
								}))
							}
						}
					]
				};
			},
			table: (data, _state, locale) => costTable(data.fiscalYears, locale.lang)
		},
		estimates: {
			label: ['التقديرات الإجمالية', 'Total estimates'],
			summary(data, _state, locale) {
				const { lang } = locale;
				const usd = usdOf(locale);
				const iraq = data.estimates.filter((c) => c.geography === 'iraq');
				const low = iraq[0]!;
				const high = iraq.at(-1)!;
				// each amount is named with what it covers: the smallest is a part of the cost, not all of it
				return pick(
					lang,
					`يقول النص «عدة مليارات من الدولار». أصغر رقم هنا عن العراق وحده ${usd(low)}${costSentences(low, lang)} وأكبرها ${usd(high)}${costSentences(high, lang)} أما تقديرات مشروع «تكاليف الحرب» فتجمع العراق وسوريا معاً.`,
					`The text says “several billion dollars”. The smallest figure here for Iraq alone is ${usd(low)}${costSentences(low, lang)} The largest is ${usd(high)}${costSentences(high, lang)} The Costs of War estimates cover Iraq and Syria together.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const usd = usdOf(locale);
				const SERIES = {
					appropriations_to_date: 'us',
					budgetary_to_date: 'uk',
					long_term: 'civilian'
				} as const;
				const seriesOf = (k: CostEstimate['kind']) =>
					k in SERIES ? SERIES[k as keyof typeof SERIES] : 'neutral';
				return {
					heading: claimHeading(data, lang),
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
								format: (x: number) => formatUsd(x, locale),
								labels: 'above',
								gapLabel: pick(lang, 'غير متوافر', 'not given'),
								rows: data.estimates.map((c) => ({
									key: c.id,
									// the period is in the tooltip and the table; the name keeps the scope
									name: `${c.label[lang]}${comma(lang)}${GEOGRAPHY_LABELS[c.geography][lang]}`,
									value: c.usd,
									label: `${costLabel(c, lang)}: ${usd(c)}`,
									valueText: usd(c),
									series: seriesOf(c.kind)
								}))
							}
						}
					]
				};
			},
			table: (data, _state, locale) => costTable(data.estimates, locale.lang)
		}
	}
});
