/** Every layout, for pages rendered whole (the server, SvelteKit's client pages). */
import BarChart from './BarChart.svelte';
import ColumnChart from './ColumnChart.svelte';
import type { Layouts } from './context';
import IntervalChart from './IntervalChart.svelte';
import MapPlot from './MapPlot.svelte';
import StackedColumnChart from './StackedColumnChart.svelte';
import TimelineDots from './TimelineDots.svelte';

export const ALL_LAYOUTS: Layouts = {
	columns: ColumnChart,
	bars: BarChart,
	stacked: StackedColumnChart,
	intervals: IntervalChart,
	timeline: TimelineDots,
	map: MapPlot
};
