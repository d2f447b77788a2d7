/**
 * What a chart island needs besides its words: the chart's data and the sources it cites. The
 * island's server render and the JSON it fetches on waking (`/data/charts/<id>.json`) are
 * built here, so the two cannot differ (hydration needs the same props on both sides).
 */
import { definitionOf, type ChartDataMap, type RegisteredChart } from '$lib/chart-model/registry';
import type { SourceRef } from '$lib/stats';
import { chartContext } from './chartPages';
import { sourceRefs } from './sources';

export interface ChartPayload<K extends RegisteredChart = RegisteredChart> {
	readonly data: ChartDataMap[K];
	readonly sources: Record<string, SourceRef>;
}

export function chartPayload<K extends RegisteredChart>(id: K): ChartPayload<K> {
	const ctx = chartContext();
	const data = ctx.charts[id];
	return { data, sources: sourceRefs(ctx.datasets, definitionOf(id).sourceIds(data)) };
}
