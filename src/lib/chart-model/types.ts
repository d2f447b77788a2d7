/**
 * The typed chart definition: one per chart, the single source of truth for its id, text in
 * both languages, sources, states, summary and table; its data comes from its selector. Story, embed, downloads and social
 * cards all read the same definition. No Svelte here.
 */
import type { Brand, Datasets, SourceId } from '$lib/stats';
import type { Lang, LocaleSettings } from '$lib/i18n';
import type { PlotSpec } from './plotSpec';

export const CHART_IDS = [
	'coalition-deaths',
	'us-casualties',
	'coalition-composition',
	'civilian-toll',
	'death-estimates',
	'invasion-map',
	'war-cost'
] as const;
export type ChartIdName = (typeof CHART_IDS)[number];
/** A chart id that has been checked against `CHART_IDS`. */
export type ChartId = Brand<ChartIdName, 'ChartId'>;
export const asChartId = (s: string): ChartId | null =>
	(CHART_IDS as readonly string[]).includes(s) ? (s as ChartId) : null;

export interface ChartText {
	readonly title: string;
	readonly subtitle: string;
	/** Caveats a reader needs to read the chart honestly. */
	readonly notes: readonly string[];
}

/** One state parameter: an allow-list of values (so nothing else can reach the page) and a default. */
export interface StateParam {
	readonly values: readonly string[];
	readonly default: string;
	/** How each value reads, for controls: defaults to the value itself. */
	readonly label?: (value: string, lang: Lang) => string;
}
export type StateSpec = Record<string, StateParam>;
export type ChartState = Record<string, string>;

export interface TableData {
	readonly columns: readonly string[];
	readonly rows: readonly (readonly (string | number | null)[])[];
	/** Per row, the source ids of the data behind it (CSV downloads carry them row by row). */
	readonly rowSources: readonly (readonly SourceId[])[];
}

/**
 * What a chart reads from the statistics module, run at build time (server only, so heavy
 * inputs such as map geometry never reach the browser). Lives in `definitions/<chart>.select.ts`.
 */
export type ChartSelector<D> = (d: Datasets) => D;

export interface ChartDefinition<D = unknown> {
	readonly id: ChartIdName;
	readonly text: Record<Lang, ChartText>;
	/** Every source behind the chart as drawn. */
	sourceIds(data: D): readonly SourceId[];
	/** The states the chart can be in; values may depend on the data (years, dates). */
	states(data: D): StateSpec;
	/** A text summary generated from the data, for screen readers and the no-JS page. */
	summary(data: D, state: ChartState, locale: LocaleSettings): string;
	/** What the chart draws in a state: rendered live, as a download and as a social card. */
	plot(data: D, state: ChartState, locale: LocaleSettings): PlotSpec;
	/** The rows behind the chart in its current state (data table, CSV download). */
	table(data: D, state: ChartState, locale: LocaleSettings): TableData;
}
