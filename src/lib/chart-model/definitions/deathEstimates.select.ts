import {
	checkedClaims,
	estimatesByMeasure,
	headlineFigures,
	standaloneBy,
	uniqueSources,
	type Estimate,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface DeathEstimatesData {
	/** Each estimate says whether a standalone source gives it. */
	groups: {
		measureType: Estimate['measureType'];
		items: (Estimate & { standalone: boolean })[];
	}[];
	/** The text's "about 500,000 civilians killed 2003–2013" (claim C13). */
	claim: { value: number; sourceIds: SourceId[] };
	sources: SourceId[];
}

export default defineSelector('death-estimates', (d): DeathEstimatesData => {
	const standalone = standaloneBy(d);
	const groups = estimatesByMeasure(d).map((g) => ({
		...g,
		items: g.items.map((e) => ({ ...e, standalone: standalone(e.sourceIds) }))
	}));
	const c13 = checkedClaims(d, headlineFigures(d)).find((c) => c.id === 'C13');
	if (!c13 || c13.claimed === null) throw new Error('death-estimates: claim C13 has no number');
	return {
		groups,
		claim: { value: c13.claimed, sourceIds: [...c13.sourceIds] },
		sources: uniqueSources(groups.flatMap((g) => g.items.map((e) => e.sourceIds)))
	};
});
