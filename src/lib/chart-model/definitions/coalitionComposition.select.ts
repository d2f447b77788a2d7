import {
	invasionForce,
	mnfSnapshots,
	standaloneBy,
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

/** A row and whether a standalone source gives it, so every text made from it can say so. */
type Standing<T> = T & { standalone: boolean };
export type StandingEntry = Standing<ForceEntry>;

export interface CoalitionCompositionData {
	invasion: StandingEntry[];
	troops: Standing<TroopMonth>[];
	snapshots: (Omit<ForceSnapshot, 'entries'> & { entries: StandingEntry[] })[];
	withdrawals: Standing<Withdrawal>[];
	sources: SourceId[];
}

export default defineSelector('coalition-composition', (d): CoalitionCompositionData => {
	const standalone = standaloneBy(d);
	const stand = <T extends { sourceIds: readonly SourceId[] }>(x: T): Standing<T> => ({
		...x,
		standalone: standalone(x.sourceIds)
	});
	const invasion = invasionForce(d).map(stand);
	const troops = troopsByMonth(d).map(stand);
	const snapshots = mnfSnapshots(d).map((s) => ({ ...s, entries: s.entries.map(stand) }));
	const left = withdrawals(d).map(stand);
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
