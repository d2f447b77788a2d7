import {
	costEstimates,
	fiscalYearFunding,
	standaloneBy,
	uniqueSources,
	type CostEstimate,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

/** A cost row and whether a standalone source gives it (the fiscal-year table's copy does not). */
export type CostRow = CostEstimate & { standalone: boolean };

export interface WarCostData {
	fiscalYears: CostRow[];
	/** Estimates of the war's cost (cumulative and long-term), smallest first; parts of war
	 * spending (State Department and USAID) are not estimates of the cost and are left out. */
	estimates: CostRow[];
	/**
	 * The text's claim (C11): "several billion dollars", which has no number. `quote` is the
	 * text's own words, as written, for guillemets; `en` is the claim in English.
	 */
	claim: { quote: string; en: string; sourceIds: SourceId[] };
	sources: SourceId[];
}

const CUMULATIVE: CostEstimate['kind'][] = [
	'appropriations_to_date',
	'budgetary_to_date',
	'long_term'
];

export default defineSelector('war-cost', (d): WarCostData => {
	const standalone = standaloneBy(d);
	const withStanding = (c: CostEstimate): CostRow => ({
		...c,
		standalone: standalone(c.sourceIds)
	});
	const fiscalYears = fiscalYearFunding(d).map(withStanding);
	const estimates = costEstimates(d)
		.filter((c) => CUMULATIVE.includes(c.kind))
		.sort((a, b) => a.usd - b.usd)
		.map(withStanding);
	const c11 = d.claims.find((c) => c.claim_id === 'C11');
	if (!c11) throw new Error('war-cost: claim C11 missing');
	return {
		fiscalYears,
		estimates,
		claim: { quote: c11.text_quote_ar, en: c11.claim_en, sourceIds: c11.source_ids },
		sources: uniqueSources([...fiscalYears, ...estimates].map((c) => c.sourceIds))
	};
});
