/**
 * What the explore dashboard shows for a state, computed from the governorate data: each
 * governorate's value over the range (the map), the monthly series of the selection (the time
 * panel), and the colour bins. Pure; the page and its tests call the same functions.
 */
import type { MonthKey } from '$lib/stats';
import type { ExploreData, MonthSeries } from '$lib/stats/governorates/explore';
import type { GovernorateCode } from '$lib/stats/governorates/governorates';
import { rangeIndexes, type ExploreMeasure, type ExploreState } from './state';

/** A sum of the months in [from, to], or null when the source covers none of them. */
export function sumOver(series: MonthSeries, from: number, to: number): number | null {
	let total: number | null = null;
	for (let i = from; i <= to; i++) {
		const v = series[i];
		if (v !== null && v !== undefined) total = (total ?? 0) + v;
	}
	return total;
}

/** The series a measure is drawn from: documented deaths are IBC's minimum (its maximum is in the table). */
const seriesOf = (data: ExploreData, measure: ExploreMeasure) =>
	measure === 'ibc' ? data.ibcMin : data.sigact;

export const per100k = (value: number, population: number): number =>
	(value / population) * 100_000;

/** Population of a selection (the whole country when none): the denominator of every rate. */
export function populationOf(data: ExploreData, gov: readonly GovernorateCode[]): number {
	const codes = gov.length > 0 ? gov : data.codes;
	return codes.reduce((sum, c) => sum + data.population2010[c], 0);
}

export interface PlaceValue {
	readonly code: GovernorateCode;
	/** Count over the range, or null where the source covers none of its months. */
	readonly count: number | null;
	/** What the map shows: the count, or the rate per 100,000 people. */
	readonly value: number | null;
}

/** Each governorate's value over the state's range: the choropleth. */
export function placeValues(data: ExploreData, s: ExploreState): PlaceValue[] {
	const [from, to] = rangeIndexes(s, data.months);
	const rows = seriesOf(data, s.measure);
	return data.codes.map((code, g) => {
		const count = sumOver(rows[g]!, from, to);
		const value =
			count === null || s.per === 'count' ? count : per100k(count, data.population2010[code]);
		return { code, count, value };
	});
}

export interface SeriesPoint {
	readonly month: MonthKey;
	readonly value: number | null;
	readonly inRange: boolean;
}

/**
 * The selection's monthly series over every month (the range is highlighted, not cut, so the
 * brush can move): the sum of the selected governorates, or the whole country (with deaths
 * that could not be placed) when none is selected.
 */
export function selectionSeries(data: ExploreData, s: ExploreState): SeriesPoint[] {
	const [from, to] = rangeIndexes(s, data.months);
	const rows = seriesOf(data, s.measure);
	const national = s.measure === 'ibc' ? data.national.ibcMin : data.national.sigact;
	const picked = s.gov.map((c) => rows[data.codes.indexOf(c)]!);
	const population = populationOf(data, s.gov);
	return data.months.map((month, i) => {
		let value: number | null;
		if (picked.length === 0) value = national[i] ?? null;
		else
			value = sumOver(
				picked.map((r) => r[i] ?? null),
				0,
				picked.length - 1
			);
		if (value !== null && s.per === '100k') value = per100k(value, population);
		return { month, value, inRange: i >= from && i <= to };
	});
}

/** Rounds to two significant figures, so legend breaks read as round numbers. */
const roundish = (n: number): number => {
	if (n <= 0) return 0;
	const p = 10 ** (Math.floor(Math.log10(n)) - 1);
	return Math.round(n / p) * p;
};

/**
 * Up to five colour classes by quantile: the values are very skewed (Baghdad alone holds half
 * of IBC's deaths), so equal steps would paint 17 governorates the same colour. Breaks are
 * rounded, and repeats dropped, so the legend reads "120–450", not "118.3–447.9".
 */
export function binThresholds(values: readonly (number | null)[], classes = 5): number[] {
	const sorted = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const breaks: number[] = [];
	for (let k = 1; k < classes; k++) {
		const b = roundish(sorted[Math.floor((k * sorted.length) / classes)]!);
		if (b > 0 && b !== breaks.at(-1)) breaks.push(b);
	}
	return breaks;
}

/** The class of a value: 0 for the lowest, `thresholds.length` for the highest; null for no data. */
export function binOf(value: number | null, thresholds: readonly number[]): number | null {
	if (value === null) return null;
	let k = 0;
	while (k < thresholds.length && value >= thresholds[k]!) k++;
	return k;
}
