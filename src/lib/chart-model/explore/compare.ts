/**
 * "Compare the sources" for the chosen range and place: documented deaths (IBC's minimum and
 * maximum), SIGACT attack reports, and, for the whole country, the published estimates whose
 * periods overlap the range. Each keeps its own measure: nothing here is added, averaged or
 * divided across sources.
 */
import type { Estimate, PartialDate } from '$lib/stats';
import type { ExploreData } from '$lib/stats/governorates/explore';
import { rangeIndexes, type ExploreState } from './state';
import { sumOver } from './view';

export interface Comparison {
	readonly ibcMin: number | null;
	readonly ibcMax: number | null;
	readonly sigact: number | null;
	/** The range runs outside the months SIGACT reports cover (before 2004-02 or after 2009-02). */
	readonly sigactPartial: boolean;
	/** Published estimates for the whole country overlapping the range (none for a selection). */
	readonly surveys: readonly Estimate[];
}

/** A partial date as the first or last month it can mean (`2006` → 2006-01 or 2006-12). */
const monthOf = (d: PartialDate, end: boolean): string =>
	d.length === 4 ? `${d}-${end ? '12' : '01'}` : d.slice(0, 7);

export const overlaps = (e: Estimate, from: string, to: string): boolean =>
	monthOf(e.periodStart, false) <= to && monthOf(e.periodEnd, true) >= from;

export function compareSources(
	data: ExploreData,
	s: ExploreState,
	estimates: readonly Estimate[]
): Comparison {
	const [from, to] = rangeIndexes(s, data.months);
	const sum = (
		national: readonly (number | null)[],
		rows: readonly (readonly (number | null)[])[]
	) =>
		s.gov.length === 0
			? sumOver(national, from, to)
			: s.gov
					.map((c) => sumOver(rows[data.codes.indexOf(c)]!, from, to))
					.reduce<number | null>((a, b) => (b === null ? a : (a ?? 0) + b), null);
	const [first, last] = data.coverage.sigact;
	return {
		ibcMin: sum(data.national.ibcMin, data.ibcMin),
		ibcMax: sum(data.national.ibcMax, data.ibcMax),
		sigact: sum(data.national.sigact, data.sigact),
		sigactPartial: s.from < first || s.to > last,
		surveys:
			s.gov.length === 0
				? estimates.filter((e) => e.geography === 'iraq' && overlaps(e, s.from, s.to))
				: []
	};
}
