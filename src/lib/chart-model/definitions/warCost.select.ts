import {
	costEstimates,
	fiscalYearFunding,
	uniqueSources,
	type CostEstimate,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface WarCostData {
	fiscalYears: CostEstimate[];
	/** Estimates of the war's cost (cumulative and long-term), smallest first; parts of war
	 * spending (State Department and USAID) are not estimates of the cost and are left out. */
	estimates: CostEstimate[];
	/** The text's claim (C11): "several billion dollars", which has no number. */
	claim: { ar: string; en: string; sourceIds: SourceId[] };
	sources: SourceId[];
}

const CUMULATIVE: CostEstimate['kind'][] = [
	'appropriations_to_date',
	'budgetary_to_date',
	'long_term'
];

export default defineSelector('war-cost', (d): WarCostData => {
	const fiscalYears = fiscalYearFunding(d);
	const estimates = costEstimates(d)
		.filter((c) => CUMULATIVE.includes(c.kind))
		.sort((a, b) => a.usd - b.usd);
	const c11 = d.claims.find((c) => c.claim_id === 'C11');
	if (!c11) throw new Error('war-cost: claim C11 missing');
	return {
		fiscalYears,
		estimates,
		claim: { ar: c11.claim_ar, en: c11.claim_en, sourceIds: c11.source_ids },
		sources: uniqueSources([...fiscalYears, ...estimates].map((c) => c.sourceIds))
	};
});
