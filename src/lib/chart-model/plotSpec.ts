/**
 * What a chart draws in a given state, as data: the one description that the live Svelte
 * layouts, the downloadable SVG/PNG and the social cards all render. Each chart definition
 * builds it from its data, state and locale; renderers only lay it out.
 */
import type { SeriesName } from './tokens';

/** A spec row as a layout draws it: its series resolved to a colour. */
export type Painted<R extends { series: SeriesName }> = Omit<R, 'series'> & { color: string };

export interface Tick {
	readonly value: string | number;
	readonly label: string;
}

export interface ColumnsSpec {
	readonly kind: 'columns';
	readonly rows: readonly {
		key: string;
		value: number | null;
		label: string;
		series: SeriesName;
		muted?: boolean;
	}[];
	readonly ticks: readonly Tick[];
	readonly format: (n: number) => string;
	/** A shorter form for the value axis ("$150bn"), when the full one would not fit a phone. */
	readonly axisFormat?: (n: number) => string;
	readonly annotations?: readonly { key: string; label: string }[];
	readonly height?: number;
}

export interface BarsSpec {
	readonly kind: 'bars';
	readonly rows: readonly {
		key: string;
		name: string;
		value: number | null;
		label: string;
		/** The value as printed beside the bar, when it must carry words (its standing). */
		valueText?: string;
		series: SeriesName;
		muted?: boolean;
	}[];
	readonly format: (n: number) => string;
	readonly gapLabel: string;
	readonly nameWidth?: number;
	readonly rowHeight?: number;
	readonly reference?: { value: number; label: string };
	/** Names beside the bars (default), or above each bar for long names. */
	readonly labels?: 'beside' | 'above';
}

export interface StackedSpec {
	readonly kind: 'stacked';
	readonly bands: readonly { band: string; values: Record<string, number>; label: string }[];
	readonly series: readonly { key: string; label: string; series: SeriesName }[];
	readonly ticks: readonly Tick[];
	readonly format: (n: number) => string;
}

export interface IntervalsSpec {
	readonly kind: 'intervals';
	readonly rows: readonly {
		key: string;
		name: string;
		central: number | null;
		low: number | null;
		high: number | null;
		valueText: string;
		label: string;
		series: SeriesName;
		muted?: boolean;
	}[];
	readonly reference?: { value: number; label: string };
}

export interface TimelineSpec {
	readonly kind: 'timeline';
	readonly rows: readonly {
		key: string;
		name: string;
		date: string;
		approximate: boolean;
		label: string;
		series: SeriesName;
	}[];
	readonly years: readonly number[];
	readonly yearLabel: (y: number) => string;
}

export interface MapSpec {
	readonly kind: 'map';
	readonly iraq: string;
	readonly neighbours: readonly { id: string; d: string; name: string; x: number; y: number }[];
	readonly events: readonly {
		id: string;
		date: string;
		x: number;
		y: number;
		label: string;
		place: string;
		today: boolean;
		approximate: boolean;
	}[];
	readonly date: string;
	readonly dateLabel: string;
	/** Rivers drawn under the events (the Tigris and the Euphrates). */
	readonly rivers?: readonly { d: string }[];
	/** Cities named for orientation, muted under the events. */
	readonly cities?: readonly { name: string; x: number; y: number }[];
}

export type PlotBody =
	ColumnsSpec | BarsSpec | StackedSpec | IntervalsSpec | TimelineSpec | MapSpec;

export interface PlotSpec {
	/** A line above the plot: the snapshot date, the text's claim… */
	readonly heading?: string;
	/** Emphasised heading (the text's claim). */
	readonly headingIsClaim?: boolean;
	readonly legend: readonly { key: string; label: string; series: SeriesName; dashed?: boolean }[];
	/** One plot, or several panels stacked (each with its own scale and title). */
	readonly panels: readonly { title?: string; body: PlotBody; pointsLabel: string }[];
}
