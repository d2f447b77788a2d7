/**
 * How a chart reads the statistics module. Each `definitions/<chart>.select.ts` default-exports
 * one, naming its chart; the server finds them by that file name pattern and runs them at build
 * time, so heavy inputs (map geometry) never reach the browser.
 */
import type { Datasets } from '$lib/stats';

export interface ChartSelector<D> {
	/** The id of the chart in the registry whose data this is. */
	readonly chart: string;
	readonly select: (d: Datasets) => D;
}

export const defineSelector = <D>(chart: string, select: (d: Datasets) => D): ChartSelector<D> => ({
	chart,
	select
});
