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

/**
 * What a figure measures. Figures of different measures are never compared, summed or put in
 * one group: documented civilian deaths are not violent deaths, which are not excess deaths.
 */
export type Measure =
	| 'us_military_deaths'
	| 'us_military_deaths_hostile'
	| 'us_wounded_in_action'
	| 'coalition_military_deaths'
	| 'coalition_military_deaths_non_us'
	| 'national_military_deaths'
	| 'troops_in_theatre'
	| 'countries'
	| 'documented_civilian_deaths'
	| 'excess_deaths_survey'
	| 'us_war_appropriations_iraq'
	| 'us_war_budgetary_cost_iraq_syria'
	| 'year'
	| 'duration'
	| 'tanks'
	| 'armoured_vehicles'
	| 'soldiers'
	| 'missiles';

export interface Figure {
	readonly value: number;
	readonly unit: Unit;
	readonly measure: Measure;
	/** ISO 8601 interval (`2003-03-19/2011-12`) or single date/year the figure covers. */
	readonly period: string;
	readonly sourceIds: readonly SourceId[];
	/**
	 * `reported`: a source states this number. `our_sum`: this site added up a source's
	 * smaller figures (months, countries), and the page says so.
	 */
	readonly basis: 'reported' | 'our_sum';
	/** How the source gives it: exactly, as an approximation, or as a floor. */
	readonly qualifier: 'exact' | 'about' | 'at_least';
	/**
	 * `unverified`: no primary, official, peer-reviewed or press source states it; every page
	 * that shows it says so in words.
	 */
	readonly status: 'verified' | 'unverified';
}

/** A figure's defaults: a number a source reports exactly and that rests on a standalone source. */
export const reported = (
	f: Pick<Figure, 'value' | 'unit' | 'measure' | 'period' | 'sourceIds'> & Partial<Figure>
): Figure => ({ basis: 'reported', qualifier: 'exact', status: 'verified', ...f });

/** `a/b` interval text, or the single bound when both ends are the same. */
export const interval = (start: string | null, end: string | null): string =>
	start === end || !end ? (start ?? '') : start ? `${start}/${end}` : `../${end}`;

/** Source ids in first-seen order, without repeats. */
export const uniqueSources = (lists: readonly (readonly SourceId[])[]): SourceId[] => [
	...new Set(lists.flat())
];
