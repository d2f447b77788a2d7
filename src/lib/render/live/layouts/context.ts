/**
 * Which layout component draws which kind of plot body, handed to `Plot` by context rather
 * than imported by it: pages rendered on the server provide all of them (`all.ts`, from the
 * root layout), while an island loads only the layouts its chart draws (`lazy.ts`), so the
 * story's first script does not carry a map, a timeline and four kinds of bar chart to show one.
 */
import { getContext, setContext } from 'svelte';
import type { PlotBody } from '$lib/chart-model/plotSpec';
import type BarChart from './BarChart.svelte';
import type ColumnChart from './ColumnChart.svelte';
import type IntervalChart from './IntervalChart.svelte';
import type MapPlot from './MapPlot.svelte';
import type StackedColumnChart from './StackedColumnChart.svelte';
import type TimelineDots from './TimelineDots.svelte';

export type LayoutKind = PlotBody['kind'];

export interface Layouts {
	columns: typeof ColumnChart;
	bars: typeof BarChart;
	stacked: typeof StackedColumnChart;
	intervals: typeof IntervalChart;
	timeline: typeof TimelineDots;
	map: typeof MapPlot;
}

/** The context key, for `hydrate(…, { context })` and server renders outside the root layout. */
export const LAYOUTS = Symbol('layouts');

export const provideLayouts = (layouts: Partial<Layouts>): Partial<Layouts> =>
	setContext(LAYOUTS, layouts);

/** The layouts a `Plot` may use; a missing kind is a wiring bug, so it says which. */
export function layoutsInContext(): Partial<Layouts> {
	const layouts = getContext<Partial<Layouts> | undefined>(LAYOUTS);
	if (!layouts) throw new Error('Plot: no layouts in context (provideLayouts or LAYOUTS)');
	return layouts;
}

/** A context map holding `layouts`, for `hydrate` and `render`. */
export const layoutsContext = (layouts: Partial<Layouts>): Map<symbol, Partial<Layouts>> =>
	new Map([[LAYOUTS, layouts]]);
