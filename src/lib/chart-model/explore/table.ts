/**
 * The explore table and its CSV: one row per place and year (or month) of the range, with every
 * measure side by side and the sources of each row. The CSV download writes exactly these rows.
 */
import type { MonthKey, SourceId } from '$lib/stats';
import type { ExploreData, MonthSeries } from '$lib/stats/governorates/explore';
import type { GovernorateCode } from '$lib/stats/governorates/governorates';
import { rangeIndexes, type ExploreState } from './state';
import { per100k, sumOver } from './view';

export type TablePlace = GovernorateCode | 'unlocated';

export interface ExploreRow {
	readonly place: TablePlace;
	/** `YYYY` or `YYYY-MM`. */
	readonly period: string;
	readonly ibcMin: number | null;
	readonly ibcMax: number | null;
	readonly sigact: number | null;
	/** The chosen measure per 100,000 people (COSIT 2010); null for deaths not placed anywhere. */
	readonly rate: number | null;
	readonly sourceIds: readonly SourceId[];
}

/** Consecutive month indexes of the range, grouped into the table's periods. */
function periods(months: readonly MonthKey[], from: number, to: number, by: 'year' | 'month') {
	const groups: { period: string; from: number; to: number }[] = [];
	for (let i = from; i <= to; i++) {
		const period = by === 'year' ? months[i]!.slice(0, 4) : months[i]!;
		const last = groups.at(-1);
		if (last?.period === period) last.to = i;
		else groups.push({ period, from: i, to: i });
	}
	return groups;
}

export function exploreRows(data: ExploreData, s: ExploreState): ExploreRow[] {
	const [from, to] = rangeIndexes(s, data.months);
	const places: TablePlace[] = s.gov.length > 0 ? [...s.gov] : [...data.codes, 'unlocated'];
	const ids = data.sourceIds;
	const rows: ExploreRow[] = [];
	for (const place of places) {
		const pick = (all: readonly MonthSeries[], unlocated: MonthSeries) =>
			place === 'unlocated' ? unlocated : all[data.codes.indexOf(place)]!;
		const min = pick(data.ibcMin, data.unlocated.ibcMin);
		const max = pick(data.ibcMax, data.unlocated.ibcMax);
		const sig = pick(data.sigact, data.unlocated.sigact);
		for (const p of periods(data.months, from, to, s.by)) {
			const row = {
				ibcMin: sumOver(min, p.from, p.to),
				ibcMax: sumOver(max, p.from, p.to),
				sigact: place === 'unlocated' ? null : sumOver(sig, p.from, p.to)
			};
			const measured = s.measure === 'ibc' ? row.ibcMin : row.sigact;
			const rate =
				place === 'unlocated' || measured === null
					? null
					: per100k(measured, data.population2010[place]);
			const sourceIds: SourceId[] = [];
			if (row.ibcMin !== null) sourceIds.push(ids.ibc as SourceId);
			if (row.sigact !== null) sourceIds.push(ids.sigact as SourceId);
			if (rate !== null) sourceIds.push(ids.population as SourceId);
			rows.push({ place, period: p.period, ...row, rate, sourceIds });
		}
	}
	return rows;
}

export type SortKey = 'place' | 'period' | 'ibcMin' | 'ibcMax' | 'sigact' | 'rate';

/** Rows sorted by a column; blanks last whichever the direction, ties kept in table order. */
export function sortRows(
	rows: readonly ExploreRow[],
	key: SortKey,
	dir: 'asc' | 'desc',
	nameOf: (place: TablePlace) => string
): ExploreRow[] {
	const value = (r: ExploreRow) => (key === 'place' ? nameOf(r.place) : r[key]);
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((r, i) => ({ r, i }))
		.sort((a, b) => {
			const [x, y] = [value(a.r), value(b.r)];
			if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
			const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
			return c !== 0 ? sign * c : a.i - b.i;
		})
		.map(({ r }) => r);
}
