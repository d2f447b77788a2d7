/**
 * Runs every registered chart's selector over the datasets, once per build. Server only:
 * selectors may read heavy inputs (map geometry) that must not reach the browser. Selectors are
 * found by their file name (`definitions/<chart>.select.ts`) and matched to the registry by the
 * chart id each one names, so the registry stays the one list of charts.
 */
import type { ChartSelector } from '$lib/chart-model/selector';
import {
	CHART_IDS,
	definitionOf,
	isRegistered,
	type ChartDataMap,
	type RegisteredChart
} from '$lib/chart-model/registry';
import type { Datasets } from '$lib/stats';
import { SELECTOR_MODULES } from './selectorModules';

/** Each registered chart's selector; a chart without one, or a selector for no chart, fails the build. */
function selectors(): Map<RegisteredChart, ChartSelector<unknown>> {
	const found = new Map<RegisteredChart, ChartSelector<unknown>>();
	for (const [file, mod] of Object.entries(SELECTOR_MODULES)) {
		const chart = mod.default?.chart;
		if (!chart || !isRegistered(chart))
			throw new Error(`${file}: its selector names chart "${chart}", which is not registered`);
		if (found.has(chart)) throw new Error(`${file}: a second selector for chart "${chart}"`);
		found.set(chart, mod.default);
	}
	for (const id of CHART_IDS)
		if (!found.has(id)) throw new Error(`chart "${id}" is registered but has no selector file`);
	return found;
}

const selected = new WeakMap<Datasets, ChartDataMap>();

/**
 * Every chart's data, computed once per set of datasets. The selectors' return types are their
 * charts' data types by declaration.
 */
export function selectAll(d: Datasets): ChartDataMap {
	const done = selected.get(d);
	if (done) return done;
	const run = selectors();
	const out: Partial<Record<RegisteredChart, unknown>> = {};
	for (const id of CHART_IDS) out[id] = run.get(id)!.select(d);
	const data = out as ChartDataMap;
	selected.set(d, data);
	return data;
}

/** Every source id any chart cites. */
export function chartSourceIds(data: ChartDataMap): Set<string> {
	return new Set(CHART_IDS.flatMap((id) => definitionOf(id).sourceIds(data[id])));
}
