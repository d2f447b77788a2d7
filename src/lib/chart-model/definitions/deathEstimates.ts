import { catalogOf } from '$lib/i18n/messages';
import { MEASURE_ORDER, type Estimate } from '$lib/stats';
import {
	estimateMeasureLabel,
	estimateText,
	formatCount,
	formatPeriod,
	MEASURE_TYPE_LABELS,
	NOUNS,
	plural,
	withStanding,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import type { DeathEstimatesData } from './deathEstimates.select';

/** One colour per measure, so a group reads as one measure in every state. */
const SERIES = {
	documented_civilian: 'civilian',
	documented_all: 'neutral',
	violent_survey: 'uk',
	excess_survey: 'us'
} as const satisfies Record<Estimate['measureType'], string>;

/** A measure as a state value: hyphens, because state slugs join parameters with `_`. */
const groupValue = (m: Estimate['measureType']): string => m.replaceAll('_', '-');

type Item = DeathEstimatesData['groups'][number]['items'][number];

/** The lowest and highest of one bound over a group's estimates, each with its own standing. */
function span(
	items: readonly Item[],
	bound: (e: Item) => number | null,
	locale: LocaleSettings
): [string, string] | null {
	const given = items.filter((e) => bound(e) !== null);
	if (given.length === 0) return null;
	const sorted = [...given].sort((a, b) => bound(a)! - bound(b)!);
	const text = (e: Item) => withStanding(formatCount(bound(e)!, locale), e, locale.lang);
	return [text(sorted[0]!), text(sorted.at(-1)!)];
}

/** What a group's ranges are: survey intervals, or a count's minimum and maximum. */

export const deathEstimates = defineChart({
	id: 'death-estimates',
	embedHeight: 900,
	// annotated so the data type is inferred for the view below
	sourceIds: (data: DeathEstimatesData) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	params: () => ({
		group: {
			values: ['all', ...MEASURE_ORDER.map(groupValue)],
			default: 'all',
			label: (v, lang) =>
				v === 'all'
					? catalogOf(lang)['deathEstimates.all']
					: MEASURE_TYPE_LABELS[v.replaceAll('-', '_') as Estimate['measureType']][lang]
		}
	}),
	views: {
		estimates: {
			summary(data, state, locale) {
				const { lang } = locale;
				const group = data.groups.find((g) => groupValue(g.measureType) === state.group);
				const words = catalogOf(lang);
				const claim = words['deathEstimates.claimSuffix']({
					claim: plural(data.claim.value, NOUNS.civilians, locale)
				});
				// A span of values is given within one measure only: across measures it would mix them.
				if (!group) {
					const count = data.groups.reduce((a, g) => a + g.items.length, 0);
					return (
						words['deathEstimates.allGroups']({ figures: plural(count, NOUNS.figures, locale) }) +
						claim
					);
				}
				const what = MEASURE_TYPE_LABELS[group.measureType][lang];
				// central estimates and the ends of their intervals are different things: never one span
				const centrals = span(group.items, (e) => e.central, locale);
				const lows = span(group.items, (e) => e.low, locale);
				const highs = span(group.items, (e) => e.high, locale);
				const ends: [string, string] | null = lows && highs ? [lows[0], highs[1]] : null;
				const range = group.measureType.startsWith('documented') ? 'count' : 'survey';
				const parts = [
					centrals ? words['deathEstimates.centrals']({ from: centrals[0], to: centrals[1] }) : '',
					ends
						? words[
								centrals
									? (`deathEstimates.endsAfter.${range}` as const)
									: (`deathEstimates.endsAlone.${range}` as const)
							]({
								from: ends[0],
								to: ends[1]
							})
						: ''
				]
					.filter(Boolean)
					.join(words['deathEstimates.partsSeparator']);
				return (
					words['deathEstimates.groupSummary']({
						group: what,
						figures: plural(group.items.length, NOUNS.figures, locale),
						// a sentence begins with a capital in the editions that have them
						parts: `${parts.charAt(0).toUpperCase()}${parts.slice(1)}`
					}) + claim
				);
			},
			plot(data, state, locale) {
				const { lang } = locale;
				return {
					legend: [
						...data.groups.map((g) => ({
							key: g.measureType,
							label: MEASURE_TYPE_LABELS[g.measureType][lang],
							series: SERIES[g.measureType]
						})),
						{
							key: 'claim',
							label: catalogOf(lang)['deathEstimates.theTextSFigure'],
							series: 'claim' as const,
							dashed: true
						}
					],
					panels: [
						{
							pointsLabel: catalogOf(lang)['deathEstimates.estimates'],
							body: {
								kind: 'intervals',
								reference: {
									value: data.claim.value,
									label: catalogOf(lang)['deathEstimates.textValue']({
										value: formatCount(data.claim.value, locale)
									})
								},
								rows: data.groups.flatMap((g) =>
									g.items.map((e) => ({
										key: e.id,
										name: e.name[lang],
										central: e.central,
										low: e.low,
										high: e.high,
										valueText: estimateText(e, locale),
										label: `${e.name[lang]} (${formatPeriod(`${e.periodStart}/${e.periodEnd}`, locale)}): ${estimateText(e, locale)}. ${estimateMeasureLabel(e, lang)}`,
										series: SERIES[g.measureType],
										muted: state.group !== 'all' && state.group !== groupValue(g.measureType)
									}))
								)
							}
						}
					]
				};
			},
			table(data, _state, locale) {
				const { lang } = locale;
				return {
					columns: [
						catalogOf(lang)['deathEstimates.estimate'],
						catalogOf(lang)['deathEstimates.measures'],
						catalogOf(lang)['deathEstimates.period'],
						catalogOf(lang)['deathEstimates.central'],
						catalogOf(lang)['deathEstimates.low'],
						catalogOf(lang)['deathEstimates.high']
					],
					rows: data.groups.flatMap((g) =>
						g.items.map((e) => [
							e.name[lang],
							MEASURE_TYPE_LABELS[g.measureType][lang],
							formatPeriod(`${e.periodStart}/${e.periodEnd}`, locale),
							e.central,
							e.low,
							e.high
						])
					),
					rowSources: data.groups.flatMap((g) => g.items.map((e) => e.sourceIds))
				};
			}
		}
	}
});
