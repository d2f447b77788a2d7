/**
 * The Arabic text's numeric claims beside the sourced figures they are checked against.
 */
import type { SourceId } from './brand';
import type { Datasets, Row } from './datasets';
import type { Figure } from './figure';
import { isFigureId, type FigureId, type HeadlineFigures } from './headline';

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
	readonly text: { readonly ar: string; readonly en: string };
	readonly claimed: number | null;
	/** What the claimed number counts (`deaths`, `troops`, `year`…). */
	readonly unit: string | null;
	readonly qualifier: Row<'claims'>['claimed_qualifier'];
	readonly verdict: string;
	readonly whatSourcesSay: string;
	readonly note: string | null;
	readonly sourceIds: readonly SourceId[];
	readonly comparisons: readonly Comparison[];
}

export function compare(claimed: number | null, figure: Figure) {
	if (claimed === null || claimed === 0) return { difference: null, ratio: null };
	return { difference: figure.value - claimed, ratio: figure.value / claimed };
}

/** Every claim with its comparisons. Throws on a `compare_to` id that is not a headline figure. */
export function checkedClaims(d: Datasets, figures: HeadlineFigures): CheckedClaim[] {
	return d.claims.map((c) => ({
		id: c.claim_id,
		text: { ar: c.claim_ar, en: c.claim_en },
		claimed: c.claimed_value,
		unit: c.claimed_unit,
		qualifier: c.claimed_qualifier,
		verdict: c.verdict,
		whatSourcesSay: c.what_sources_say,
		note: c.note,
		sourceIds: c.source_ids,
		comparisons: (c.compare_to ?? []).map((id) => {
			if (!isFigureId(id))
				throw new Error(`data/claims.csv: claim ${c.claim_id} compares to unknown figure "${id}"`);
			const figure = figures[id];
			return { figureId: id, figure, ...compare(c.claimed_value, figure) };
		})
	}));
}
