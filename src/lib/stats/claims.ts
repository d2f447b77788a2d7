/**
 * The Arabic text's claims, rated on the documented scale (`ratings.ts`), beside the sourced
 * figures they are checked against. A claim is compared, with arithmetic, only with figures of
 * the measure it makes; estimates of other measures stand beside it as context, without a
 * difference or a ratio.
 */
import type { Texts } from './texts';
import type { SourceId } from './brand';
import type { Datasets, Row } from './datasets';
import { estimates, type Estimate, type MeasureType } from './estimates';
import type { Figure } from './figure';
import { isFigureId, type FigureId, type HeadlineFigures } from './headline';
import type { Rating } from './ratings';

export interface Comparison {
	readonly figureId: FigureId;
	readonly figure: Figure;
	/** Sourced minus claimed; null when the claim has no number ("several billion"). */
	readonly difference: number | null;
	/** Sourced divided by claimed; null when the claim has no number. */
	readonly ratio: number | null;
}

export interface CheckedClaim {
	readonly id: string;
	/** The text's own words, exactly as written. */
	readonly quote: string;
	/** A short statement of the claim in each language (the English is a translation). */
	readonly text: Texts;
	readonly claimed: number | null;
	/** What the claimed number counts (`deaths`, `troops`, `year`…). */
	readonly unit: string | null;
	readonly qualifier: Row<'claims'>['claimed_qualifier'];
	readonly measure: string | null;
	readonly rating: Rating;
	readonly ratedOn: string;
	/** What the sources say, for readers, in each language. */
	readonly explanation: Texts;
	readonly sourceIds: readonly SourceId[];
	readonly comparisons: readonly Comparison[];
	/**
	 * Estimates of the claim's own measure for other periods or as ranges (IBC's minimum to
	 * maximum, Costs of War to 2018): no arithmetic, but the rating weighs them.
	 */
	readonly sameMeasure: readonly Estimate[];
	/** Estimates of other measures, shown as ranges beside the claim, never weighed against it. */
	readonly otherMeasures: readonly Estimate[];
}

/**
 * Which estimates (death_estimates.csv's measure_type) count what a claim's measure counts:
 * one line per claim measure that estimates exist for.
 */
const ESTIMATE_MEASURE: Readonly<Record<string, MeasureType>> = {
	documented_civilian_deaths: 'documented_civilian'
};

export function compare(claimed: number | null, figure: Figure) {
	if (claimed === null || claimed === 0) return { difference: null, ratio: null };
	return { difference: figure.value - claimed, ratio: figure.value / claimed };
}

/**
 * Every claim with its comparisons. Throws on a `compare_to` id that is not a headline figure,
 * on a comparison figure of another measure than the claim's, on an unverified comparison
 * figure (no arithmetic against a number no standalone source gives) and on an unknown
 * context estimate.
 */
export function checkedClaims(d: Datasets, figures: HeadlineFigures): CheckedClaim[] {
	const byId = new Map(estimates(d).map((e) => [e.id, e]));
	return d.claims.map((c) => {
		const where = `data/claims.csv: claim ${c.claim_id}`;
		const checked: CheckedClaim = {
			id: c.claim_id,
			quote: c.text_quote_ar,
			text: { ar: c.claim_ar, en: c.claim_en, ckb: c.claim_ckb },
			claimed: c.claimed_value,
			unit: c.claimed_unit,
			qualifier: c.claimed_qualifier,
			measure: c.claimed_measure,
			rating: c.rating,
			ratedOn: c.rated_on,
			explanation: { ar: c.explanation_ar, en: c.explanation_en, ckb: c.explanation_ckb },
			sourceIds: c.source_ids,
			comparisons: (c.compare_to ?? []).map((id) => {
				if (!isFigureId(id)) throw new Error(`${where} compares to unknown figure "${id}"`);
				const figure = figures[id];
				if (figure.measure !== c.claimed_measure)
					throw new Error(
						`${where} measures "${c.claimed_measure}" but ${id} measures "${figure.measure}"`
					);
				if (figure.status === 'unverified')
					throw new Error(`${where} compares to ${id}, which no standalone source gives`);
				return { figureId: id, figure, ...compare(c.claimed_value, figure) };
			}),
			...splitByMeasure(
				(c.context_estimates ?? []).map((id) => {
					const e = byId.get(id);
					if (!e) throw new Error(`${where} names unknown estimate "${id}"`);
					return e;
				}),
				c.claimed_measure
			)
		};
		const allowed = RATINGS_FOR[c.wrong_element ?? 'nothing'];
		if (!allowed.includes(checked.rating))
			throw new Error(
				`${where} gets ${c.wrong_element ?? 'nothing'} wrong (wrong_element) but is rated "${checked.rating}"; the scale's rule allows ${allowed.map((r) => `"${r}"`).join(' or ')}`
			);
		if (
			isOffByFactor(checked.comparisons, checked.sameMeasure, c.claimed_value) &&
			checked.rating !== 'false'
		)
			throw new Error(
				`${where} is rated "${checked.rating}", but its number is off by a factor of ${FALSE_FACTOR} or more from every figure of the measure it names, which the scale rates "false"`
			);
		return checked;
	});
}

/**
 * The published rule that tells the middle of the scale apart (`RATING_RULE`): what a claim gets
 * wrong decides the ratings it may have, so two claims with the same kind of error are rated
 * alike. A wrong detail (a unit's name, a counting rule, a word) leaves it mostly accurate; a
 * wrong actor or place makes it partly accurate, a wrong date misleading; a wrong number is weighed
 * by how far off it is (partly accurate, false) or cannot be verified.
 */
export const RATINGS_FOR: Readonly<
	Record<NonNullable<Row<'claims'>['wrong_element']> | 'nothing', readonly Rating[]>
> = {
	nothing: ['accurate'],
	detail: ['mostly_accurate'],
	who: ['partly_accurate'],
	where: ['partly_accurate'],
	// a stage given as the end, or another date: the false impression the scale calls misleading
	when: ['misleading'],
	number: ['partly_accurate', 'false', 'unverifiable']
};

/**
 * The published rule that tells False from Misleading (`RATING_RULE`): a claimed number off by
 * this factor or more from every sourced figure of the measure it names is false, even when it
 * matches a figure of another measure (that likely mix-up is explained, not excused).
 */
export const FALSE_FACTOR = 2;

const offBy = (ratio: number) => ratio >= FALSE_FACTOR || ratio <= 1 / FALSE_FACTOR;

/**
 * Off by the factor from every figure of its measure, and from every end of every estimate of
 * its measure (a range counts as close if either end is).
 */
export function isOffByFactor(
	comparisons: readonly Comparison[],
	sameMeasure: readonly Estimate[] = [],
	claimed: number | null = null
): boolean {
	const estimatesOff = sameMeasure.every((e) =>
		[e.central, e.low, e.high]
			.filter((v): v is number => v !== null)
			.every((v) => claimed !== null && claimed !== 0 && offBy(v / claimed))
	);
	return (
		comparisons.length > 0 &&
		comparisons.every((c) => c.ratio !== null && offBy(c.ratio)) &&
		estimatesOff
	);
}

function splitByMeasure(
	context: readonly Estimate[],
	measure: string | null
): Pick<CheckedClaim, 'sameMeasure' | 'otherMeasures'> {
	const same = measure === null ? undefined : ESTIMATE_MEASURE[measure];
	return {
		sameMeasure: context.filter((e) => e.measureType === same),
		otherMeasures: context.filter((e) => e.measureType !== same)
	};
}
