/**
 * Every layout as a chunk of its own, for islands: `loadLayouts` fetches the kinds a chart
 * draws and adds them to the islands' layouts (the object given to `Plot` by context).
 */
import type { LayoutKind, Layouts } from './context';

const LOADERS: { [K in LayoutKind]: () => Promise<{ default: Layouts[K] }> } = {
	columns: () => import('./ColumnChart.svelte'),
	bars: () => import('./BarChart.svelte'),
	stacked: () => import('./StackedColumnChart.svelte'),
	intervals: () => import('./IntervalChart.svelte'),
	timeline: () => import('./TimelineDots.svelte'),
	map: () => import('./MapPlot.svelte')
};

/** Loads the layouts of `kinds` that `into` lacks, and adds them to it. */
export async function loadLayouts(
	kinds: Iterable<LayoutKind>,
	into: Partial<Layouts>
): Promise<Partial<Layouts>> {
	const missing = [...new Set(kinds)].filter((k) => !into[k]);
	const loaded = await Promise.all(
		missing.map(async (k) => [k, (await LOADERS[k]()).default] as const)
	);
	for (const [k, c] of loaded) (into as Record<LayoutKind, unknown>)[k] = c;
	return into;
}
