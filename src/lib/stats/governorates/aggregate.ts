/**
 * Governorate × month tables: IBC deaths (minimum and maximum) and SIGACT reports, and the
 * national series they add up to. Every table holds whole numbers, so every sum is exact.
 *
 * THE RULE FOR INCIDENTS THAT LAST MORE THAN A DAY (IBC `Start` ≠ `end`; 1,319 rows):
 * - an incident whose days all fall in one calendar month counts in that month;
 * - an incident spanning several months is spread over its days: each month receives a share
 *   proportional to the number of the incident's days that fall in it, rounded per incident by
 *   the largest-remainder method, so the incident's whole count is kept exactly (89 rows,
 *   5,648 deaths at the minimum). Minimum and maximum are spread separately, by the same rule.
 * Rows that name no governorate are counted in the national series and in a separate
 * "not located" place (`UNLOCATED`), never dropped.
 */
import type { MonthKey } from '../brand';
import { daysByMonth, monthOf, monthRange } from './calendar';
import { GOVERNORATE_CODES, type GovernorateCode } from './governorates';
import type { IbcIncident } from './ibcIncidents';
import { largestRemainder } from './largestRemainder';
import type { SigactRow } from './sigacts';

export const UNLOCATED = 'unlocated';
/** Where a count is placed: a governorate, or "not located" when the source names none. */
export type Place = GovernorateCode | typeof UNLOCATED;
/** The 18 governorates in `GOVERNORATE_CODES` order, then "not located". */
export const PLACES: readonly Place[] = [...GOVERNORATE_CODES, UNLOCATED];

export interface MonthlyCounts {
	/** Consecutive months, in order. */
	readonly months: readonly MonthKey[];
	/** `byPlace[place][i]` is the count for `months[i]`; 0 means none recorded there that month. */
	readonly byPlace: Readonly<Record<Place, readonly number[]>>;
}

/** A count over a range of days, spread over its months by the rule above. */
export function spreadOverMonths(
	start: string,
	end: string,
	total: number
): { month: MonthKey; value: number }[] {
	const spans = daysByMonth(start, end);
	const parts = largestRemainder(
		total,
		spans.map((s) => s.days)
	);
	return spans.map((s, i) => ({ month: s.month, value: parts[i]! }));
}

/**
 * Adds values into a zeroed table over `months`. A share of 0 outside them is skipped (the last
 * incident of the file runs from 30 June into 1 July 2009 and its one death falls in June); any
 * other value outside them is an error, never a silent loss.
 */
function tabulate(
	months: readonly MonthKey[],
	entries: Iterable<{ place: Place; month: MonthKey; value: number }>
): MonthlyCounts {
	const index = new Map(months.map((m, i) => [m, i]));
	const byPlace = Object.fromEntries(PLACES.map((p) => [p, months.map(() => 0)])) as Record<
		Place,
		number[]
	>;
	for (const { place, month, value } of entries) {
		const i = index.get(month);
		if (i === undefined && value === 0) continue;
		if (i === undefined)
			throw new RangeError(`${month} is outside the table (${months[0]} … ${months.at(-1)})`);
		byPlace[place][i]! += value;
	}
	return { months, byPlace };
}

/**
 * The months the incident file covers: from the first incident's start to the last one's start
 * (2003-03 … 2009-06). Ends are not used: a month after the last start would show as a month of
 * zero deaths when it is only a month the file does not cover.
 */
export function ibcMonths(incidents: readonly IbcIncident[]): MonthKey[] {
	const starts = incidents.map((d) => d.start).sort();
	return starts.length === 0 ? [] : monthRange(monthOf(starts[0]!), monthOf(starts.at(-1)!));
}

/** IBC deaths (`min` or `max`) by place and month. */
export function ibcMonthlyCounts(
	incidents: readonly IbcIncident[],
	measure: 'min' | 'max',
	months: readonly MonthKey[] = ibcMonths(incidents)
): MonthlyCounts {
	return tabulate(
		months,
		incidents.flatMap((d) =>
			spreadOverMonths(d.start, d.end, d[measure]).map(({ month, value }) => ({
				place: d.governorate ?? UNLOCATED,
				month,
				value
			}))
		)
	);
}

/** The months the SIGACT file covers, first to last. */
export function sigactMonths(rows: readonly SigactRow[]): MonthKey[] {
	const months = rows.map((r) => r.month).sort();
	return months.length === 0 ? [] : monthRange(months[0]!, months.at(-1)!);
}

/** SIGACT reports by place and month. */
export function sigactMonthlyCounts(
	rows: readonly SigactRow[],
	months: readonly MonthKey[] = sigactMonths(rows)
): MonthlyCounts {
	return tabulate(
		months,
		rows.map((r) => ({ place: r.governorate ?? UNLOCATED, month: r.month, value: r.sigact }))
	);
}

/** The whole country, month by month: every governorate plus "not located". */
export const nationalSeries = (counts: MonthlyCounts): number[] =>
	counts.months.map((_, i) => PLACES.reduce((sum, p) => sum + counts.byPlace[p][i]!, 0));

/** One place's total over all months. */
export const placeTotal = (counts: MonthlyCounts, place: Place): number =>
	counts.byPlace[place].reduce((a, b) => a + b, 0);
