import { catalogOf } from '$lib/i18n/messages';
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
	textWords,
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
			catalogOf(lang)['warCost.estimate'],
			catalogOf(lang)['warCost.period'],
			catalogOf(lang)['warCost.scope'],
			catalogOf(lang)['warCost.whatItCounts'],
			catalogOf(lang)['warCost.usDollars']
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

/**
 * The text's claim in each edition's words (`textWords`): quoted as written on /ar/, in
 * translation on /en/ (where "The text says" is said to be a translation).
 */
const claimWords = (data: WarCostData, lang: Lang) =>
	textWords(lang, data.claim.quote.replace(/^و/, ''), catalogOf(lang)['warCost.claimRendering']);

/** Every view is headed by the text's own claim. */
const claimHeading = (data: WarCostData, lang: Lang) =>
	`${MESSAGES[lang].theTextSays}: ${claimWords(data, lang)}`;

/** An amount as printed anywhere: with its standing when no standalone source gives it. */
const usdOf = (locale: LocaleSettings) => (c: CostRow) =>
	withStanding(formatUsd(c.usd, locale), c, locale.lang);

export const warCost = defineChart({
	id: 'war-cost',
	embedHeight: 640,
	sourceIds: (data: WarCostData) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	views: {
		'fiscal-years': {
			summary(data, _state, locale) {
				const usd = usdOf(locale);
				const top = peak(data.fiscalYears, (c) => c.usd)!;
				return catalogOf(locale.lang)['warCost.fiscalYearsSummary']({
					year: formatYear(top.fiscalYear ?? 0, locale),
					amount: usd(top)
				});
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
							pointsLabel: catalogOf(lang)['warCost.fiscalYears'],
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
									label: `${catalogOf(lang)['warCost.fy']} ${formatYear(c.fiscalYear ?? 0, locale)}: ${usd(c)}${c.status === 'request_or_estimate' ? catalogOf(lang)['warCost.budgetRequest'] : ''}`,
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
			summary(data, _state, locale) {
				const { lang } = locale;
				const usd = usdOf(locale);
				const iraq = data.estimates.filter((c) => c.geography === 'iraq');
				const low = iraq[0]!;
				const high = iraq.at(-1)!;
				// each amount is named with what it covers: the smallest is a part of the cost, not all of it
				return catalogOf(lang)['warCost.estimatesSummary']({
					claim: claimWords(data, lang),
					low: usd(low),
					lowSays: costSentences(low, lang),
					high: usd(high),
					highSays: costSentences(high, lang)
				});
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
							pointsLabel: catalogOf(lang)['warCost.estimates'],
							body: {
								kind: 'bars',
								format: (x: number) => formatUsd(x, locale),
								labels: 'above',
								gapLabel: catalogOf(lang)['warCost.notGiven'],
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
