/**
 * The typed chart definition: one per chart, the single source of truth for its id, text in
 * both languages, sources, states, summary and table; its data comes from its selector. Story, embed, downloads and social
 * cards all read the same definition. No Svelte here.
 */
import type { SourceId } from '$lib/stats';
import type { Lang, LocaleSettings } from '$lib/i18n';
import type { PlotSpec } from './plotSpec';

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
	/**
	 * Per row and column, the sources of that one cell, where a row's figures come from
	 * different sources (deaths and wounded): a cell's standing is judged by its own sources.
	 */
	readonly cellSources?: readonly (readonly (readonly SourceId[] | null)[])[];
}

/** One way of drawing a chart's data (a view), with everything that depends on it. */
export interface ChartView<D> {
	/** A text summary generated from the data, for screen readers and the no-JS page. */
	summary(data: D, state: ChartState, locale: LocaleSettings): string;
	/** What the chart draws in a state: rendered live, as a download and as a social card. */
	plot(data: D, state: ChartState, locale: LocaleSettings): PlotSpec;
	/** The rows behind the chart in its current state (data table, CSV download). */
	table(data: D, state: ChartState, locale: LocaleSettings): TableData;
}

/**
 * A chart as its definition file declares it (see `defineChart`): text, sources, and its views
 * by id. The first view is the default; a chart with more than one view gets a `view` state
 * parameter whose values are exactly the view ids.
 */
export interface ChartDeclaration<D, Id extends string, V extends string> {
	/** Also names the chart's words in the catalogs: `charts.<id>.title`, `views.<id>.<view>`. */
	readonly id: Id;
	/** Typical rendered height in an embed (px): the oEmbed `height`, the iframe snippet's start. */
	readonly embedHeight: number;
	/** Every source behind the chart as drawn. */
	sourceIds(data: D): readonly SourceId[];
	/** State parameters besides the view (a highlighted year, a date…); values may depend on the data. */
	params?(data: D): StateSpec;
	readonly views: { readonly [K in V]: ChartView<D> };
}

/** What every page, renderer and route reads: a declaration with its views resolved by state. */
export interface ChartDefinition<D = unknown, Id extends string = string> {
	readonly id: Id;
	readonly text: Record<Lang, ChartText>;
	readonly embedHeight: number;
	sourceIds(data: D): readonly SourceId[];
	/** The states the chart can be in: the view (when there are several) and its parameters. */
	states(data: D): StateSpec;
	summary(data: D, state: ChartState, locale: LocaleSettings): string;
	plot(data: D, state: ChartState, locale: LocaleSettings): PlotSpec;
	table(data: D, state: ChartState, locale: LocaleSettings): TableData;
}
