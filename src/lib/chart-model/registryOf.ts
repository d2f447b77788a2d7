/**
 * The registry's lookups, built from a list of definitions: ids in order, a guard, and the
 * definition by id. `registry.ts` applies it to the real list; a test can apply it to the real
 * list plus a fixture chart and see every route pick the fixture up.
 */
import type { ChartDefinition } from './types';

export function registryOf<const C extends readonly ChartDefinition<never, string>[]>(charts: C) {
	type Id = C[number]['id'];
	const ids: readonly Id[] = charts.map((c) => c.id);
	const byId = new Map<string, ChartDefinition>(
		charts.map((c): [string, ChartDefinition] => [c.id, c])
	);
	const isRegistered = (id: string): id is Id => byId.has(id);
	return {
		CHART_IDS: ids,
		isRegistered,
		asChartId: (id: string): Id | null => (isRegistered(id) ? id : null),
		/** A definition with its data type erased, for code that handles every chart alike. */
		definitionOf(id: Id): ChartDefinition {
			const def = byId.get(id);
			if (!def) throw new Error(`no chart "${id}" in the registry`);
			return def;
		}
	};
}
