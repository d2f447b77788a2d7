/**
 * Generic aggregates over dated values: roll-ups, running totals, peaks, shares.
 * Gaps (`null`) are kept as gaps: a sum over a period with a gap reports it instead of
 * treating the gap as zero.
 */
import { rollups, sum } from 'd3-array';
import type { MonthKey, SourceId } from './brand';
import { uniqueSources } from './figure';

export interface MonthValue {
	readonly month: MonthKey;
	readonly value: number | null;
}

export interface YearTotal {
	readonly year: number;
	readonly value: number;
	/** Months present in the data for that year (2003 has 10 US months: March–December). */
	readonly months: number;
	/** Months in the data whose value is a gap; `value` excludes them. */
	readonly gaps: number;
}

export const yearOf = (month: string): number => Number(month.slice(0, 4));

/** The sources behind each calendar year of a monthly series: every source of its months. */
export function sourcesByYear(
	months: readonly { readonly month: string; readonly sourceIds: readonly SourceId[] }[]
): Map<number, SourceId[]> {
	const byYear = new Map<number, SourceId[][]>();
	for (const m of months)
		byYear.set(yearOf(m.month), [...(byYear.get(yearOf(m.month)) ?? []), [...m.sourceIds]]);
	return new Map([...byYear].map(([year, lists]) => [year, uniqueSources(lists)]));
}

/**
 * The sources that give every month of each calendar year: only these hold the year's whole
 * total. A source that agrees with some months (iCasualties beside the Guardian's series) is
 * not the source of a sum it would put one or two deaths apart.
 */
export function sourcesOfEveryMonth(
	months: readonly { readonly month: string; readonly sourceIds: readonly SourceId[] }[]
): Map<number, SourceId[]> {
	const byYear = new Map<number, SourceId[]>();
	for (const m of months) {
		const year = yearOf(m.month);
		const sofar = byYear.get(year);
		byYear.set(year, sofar ? sofar.filter((id) => m.sourceIds.includes(id)) : [...m.sourceIds]);
	}
	return byYear;
}

/** Month to year roll-up, in year order. */
export function rollupByYear(series: readonly MonthValue[]): YearTotal[] {
	return rollups(
		series,
		(ms) => ({
			value: sum(ms, (m) => m.value ?? 0),
			months: ms.length,
			gaps: ms.filter((m) => m.value === null).length
		}),
		(m) => yearOf(m.month)
	)
		.map(([year, t]) => ({ year, ...t }))
		.sort((a, b) => a.year - b.year);
}

/** Running total; a gap contributes nothing and is counted in `gapsSoFar`. */
export function cumulative<T extends { value: number | null }>(
	series: readonly T[]
): (T & { cumulative: number; gapsSoFar: number })[] {
	let total = 0;
	let gaps = 0;
	return series.map((d) => {
		if (d.value === null) gaps++;
		else total += d.value;
		return { ...d, cumulative: total, gapsSoFar: gaps };
	});
}

/** The item with the largest value (the first one on ties); undefined for an empty series. */
export function peak<T>(items: readonly T[], value: (d: T) => number | null): T | undefined {
	let best: T | undefined;
	let bestValue = -Infinity;
	for (const d of items) {
		const x = value(d);
		if (x !== null && x > bestValue) {
			best = d;
			bestValue = x;
		}
	}
	return best;
}

/** Each part's share of the whole (0–1). The whole must be positive. */
export function shares<T>(
	items: readonly T[],
	value: (d: T) => number
): { item: T; value: number; share: number }[] {
	const total = sum(items, value);
	if (!(total > 0)) throw new RangeError('shares: the total must be positive');
	return items.map((item) => ({ item, value: value(item), share: value(item) / total }));
}

/** `YYYY-MM` of the month after `month`. */
export function nextMonth(month: string): string {
	const y = yearOf(month);
	const m = Number(month.slice(5, 7));
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Months missing between the first and last month of a series (which must be sorted). */
export function missingMonths(months: readonly string[]): string[] {
	const missing: string[] = [];
	for (let i = 1; i < months.length; i++) {
		let expected = nextMonth(months[i - 1]!);
		while (expected < months[i]!) {
			missing.push(expected);
			expected = nextMonth(expected);
		}
	}
	return missing;
}

/** Whole days from one ISO date to another (UTC, so no daylight-saving drift). */
export function daysBetween(from: string, to: string): number {
	const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
	if (Number.isNaN(ms)) throw new RangeError(`daysBetween: not ISO dates: ${from}, ${to}`);
	return Math.round(ms / 86_400_000);
}
