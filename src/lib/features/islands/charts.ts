/**
 * What an island needs to draw a chart, loaded side by side when it wakes: the chart's
 * definition (its own chunk), its data and sources (/data/charts/<id>.json), and the layouts
 * its views draw (one chunk each), added to the page's one set of layouts that every island's
 * `Plot` reads by context.
 */
import { plotKinds } from '$lib/chart-model/plotKinds';
import type { ChartDefinition } from '$lib/chart-model/types';
import type { LocaleSettings } from '$lib/i18n/lang';
import { layoutsContext, type Layouts } from '$lib/render/live/layouts/context';
import { loadLayouts } from '$lib/render/live/layouts/lazy';
import type { SourceRef } from '$lib/stats/sourceRef';
import { loadDefinition } from './definitions';
import { loadChart } from './islands';

export interface LoadedChart {
	readonly def: ChartDefinition;
	readonly data: unknown;
	readonly sources: Record<string, SourceRef>;
}

/** The layouts loaded so far on this page, shared by its islands. */
const layouts: Partial<Layouts> = {};

/** The context to hydrate an island with: the page's layouts. */
export const islandContext = () => layoutsContext(layouts);

/** Chart `id`, ready to draw in any of its views. */
export async function loadChartIsland(id: string, locale: LocaleSettings): Promise<LoadedChart> {
	const [def, payload] = await Promise.all([loadDefinition(id), loadChart(id)]);
	await loadLayouts(plotKinds(def, payload.data, locale), layouts);
	return { def, data: payload.data, sources: payload.sources };
}
