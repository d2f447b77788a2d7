/**
 * A sourced number: the only way a figure reaches a page, a chart label or `summary.json`.
 */
import type { SourceId } from './brand';

export type Unit =
	| 'deaths'
	| 'wounded'
	| 'troops'
	| 'countries'
	| 'usd'
	| 'year'
	| 'days'
	| 'tanks'
	| 'armoured_vehicles'
	| 'missiles';

export interface Figure {
	readonly value: number;
	readonly unit: Unit;
	/** ISO 8601 interval (`2003-03-19/2011-12`) or single date/year the figure covers. */
	readonly period: string;
	readonly sourceIds: readonly SourceId[];
}

/** `a/b` interval text, or the single bound when both ends are the same. */
export const interval = (start: string | null, end: string | null): string =>
	start === end || !end ? (start ?? '') : start ? `${start}/${end}` : `../${end}`;

/** Source ids in first-seen order, without repeats. */
export const uniqueSources = (lists: readonly (readonly SourceId[])[]): SourceId[] => [
	...new Set(lists.flat())
];
