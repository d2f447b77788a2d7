import {
	checkedClaims,
	estimatesByMeasure,
	headlineFigures,
	uniqueSources,
	type Estimate,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface DeathEstimatesData {
	/** Each estimate says whether a standalone source gives it (`Estimate.standalone`). */
	groups: {
		measureType: Estimate['measureType'];
		items: Estimate[];
	}[];
	/** The text's "about 500,000 civilians killed 2003–2013" (claim C13). */
	claim: { value: number; sourceIds: SourceId[] };
	sources: SourceId[];
}

export default defineSelector('death-estimates', (d): DeathEstimatesData => {
	const groups = estimatesByMeasure(d);
	const c13 = checkedClaims(d, headlineFigures(d)).find((c) => c.id === 'C13');
	if (!c13 || c13.claimed === null) throw new Error('death-estimates: claim C13 has no number');
	return {
		groups,
		claim: { value: c13.claimed, sourceIds: [...c13.sourceIds] },
		sources: uniqueSources(groups.flatMap((g) => g.items.map((e) => e.sourceIds)))
	};
});
