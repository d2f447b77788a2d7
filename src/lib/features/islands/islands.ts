/**
 * What every island script shares: a chart's data and sources fetched once when an island
 * first needs them, a way to let the browser breathe before a long piece of work, and a way to
 * leave work until the page has loaded.
 */
import type { SourceRef } from '$lib/stats/sourceRef';

export interface ChartPayload {
	readonly data: unknown;
	readonly sources: Record<string, SourceRef>;
}

const payloads = new Map<string, Promise<ChartPayload>>();

/** `/data/charts/<id>.json`, fetched at most once per page. */
export function loadChart(id: string): Promise<ChartPayload> {
	let p = payloads.get(id);
	if (!p) {
		p = fetch(`/data/charts/${id}.json`).then((r) => {
			if (!r.ok) throw new Error(`chart data ${id}: HTTP ${r.status}`);
			return r.json() as Promise<ChartPayload>;
		});
		payloads.set(id, p);
	}
	return p;
}

/** Yield to the browser (input, paint) before continuing: scheduler.yield where there is one. */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run `work` once the page is idle after loading (requestIdleCallback, at the latest after
 * `timeout` ms): what the first screen does not need stays out of the load window.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
	else setTimeout(work, 200);
}
