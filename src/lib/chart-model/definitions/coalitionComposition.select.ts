import {
	invasionForce,
	mnfSnapshots,
	troopsByMonth,
	uniqueSources,
	withdrawals,
	type ForceEntry,
	type ForceSnapshot,
	type SourceId,
	type TroopMonth,
	type Withdrawal
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface CoalitionCompositionData {
	invasion: ForceEntry[];
	troops: TroopMonth[];
	snapshots: ForceSnapshot[];
	withdrawals: Withdrawal[];
	sources: SourceId[];
}

export default defineSelector('coalition-composition', (d): CoalitionCompositionData => {
	const invasion = invasionForce(d);
	const troops = troopsByMonth(d);
	const snapshots = mnfSnapshots(d);
	const left = withdrawals(d);
	return {
		invasion,
		troops,
		snapshots,
		withdrawals: left,
		sources: uniqueSources([
			...invasion.map((e) => e.sourceIds),
			...troops.map((t) => t.sourceIds),
			...snapshots.flatMap((s) => s.entries.map((e) => e.sourceIds)),
			...left.map((w) => w.sourceIds)
		])
	};
});
