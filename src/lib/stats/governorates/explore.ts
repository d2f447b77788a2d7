/**
 * What the explore dashboard needs, in one compact JSON-able value: dense governorate × month
 * arrays (about 4,000 numbers), the national and "not located" series, and 2007 populations.
 * Names are not repeated here: the page reads them from `GOVERNORATES` by code.
 */
import type { MonthKey } from '../brand';
import { nationalSeries, UNLOCATED, type MonthlyCounts, type Place } from './aggregate';
import { monthRange } from './calendar';
import { GOVERNORATE_CODES, type GovernorateCode } from './governorates';
import { GOVERNORATE_SOURCE_IDS } from './sourceIds';

/** A month's value, or `null` when the month is outside what that source covers (a gap, not 0). */
export type MonthSeries = readonly (number | null)[];

export interface ExploreSeries {
	readonly ibcMin: MonthSeries;
	readonly ibcMax: MonthSeries;
	readonly sigact: MonthSeries;
}

export interface ExploreData {
	/** Every month shown, consecutive: the union of what the sources cover (2003-03 … 2009-06). */
	readonly months: readonly MonthKey[];
	/** Row order of the dense arrays: `ibcMin[codes.indexOf('IQ-BG')]` is Baghdad. */
	readonly codes: readonly GovernorateCode[];
	/** `ibcMin[g][m]`: IBC minimum deaths in governorate `codes[g]`, month `months[m]`. */
	readonly ibcMin: readonly MonthSeries[];
	readonly ibcMax: readonly MonthSeries[];
	/** SIGACT reports: `null` before 2004-02 and after 2009-02, which the file does not cover. */
	readonly sigact: readonly MonthSeries[];
	/** Deaths IBC could not place in one governorate (SIGACTs: always 0 in this file). */
	readonly unlocated: ExploreSeries;
	/** The whole country: every governorate plus "not located". */
	readonly national: ExploreSeries;
	/** COSIT 2010 populations (`cositPopulation.ts`), for rates per 100,000 (`per100k`). */
	readonly population2010: Readonly<Record<GovernorateCode, number>>;
	/** First and last month each source covers. */
	readonly coverage: {
		readonly ibc: readonly [MonthKey, MonthKey];
		readonly sigact: readonly [MonthKey, MonthKey];
	};
	readonly sourceIds: typeof GOVERNORATE_SOURCE_IDS;
}

const first = (c: MonthlyCounts): MonthKey => c.months[0]!;
const last = (c: MonthlyCounts): MonthKey => c.months.at(-1)!;

/** `counts`' values placed on `months`, `null` where `counts` has no such month. */
function onMonths(months: readonly MonthKey[], counts: MonthlyCounts, values: readonly number[]) {
	const index = new Map(counts.months.map((m, i) => [m, i]));
	return months.map((m) => {
		const i = index.get(m);
		return i === undefined ? null : values[i]!;
	});
}

export function exploreData(input: {
	ibcMin: MonthlyCounts;
	ibcMax: MonthlyCounts;
	sigact: MonthlyCounts;
	population2010: Readonly<Record<GovernorateCode, number>>;
}): ExploreData {
	const tables = [input.ibcMin, input.ibcMax, input.sigact];
	if (tables.some((t) => t.months.length === 0))
		throw new RangeError('exploreData: a table is empty');
	const months = monthRange(
		tables.map(first).reduce((a, b) => (b < a ? b : a)),
		tables.map(last).reduce((a, b) => (b > a ? b : a))
	);
	const place = (counts: MonthlyCounts, p: Place) => onMonths(months, counts, counts.byPlace[p]);
	const series = (p: Place): ExploreSeries => ({
		ibcMin: place(input.ibcMin, p),
		ibcMax: place(input.ibcMax, p),
		sigact: place(input.sigact, p)
	});
	return {
		months,
		codes: GOVERNORATE_CODES,
		ibcMin: GOVERNORATE_CODES.map((c) => place(input.ibcMin, c)),
		ibcMax: GOVERNORATE_CODES.map((c) => place(input.ibcMax, c)),
		sigact: GOVERNORATE_CODES.map((c) => place(input.sigact, c)),
		unlocated: series(UNLOCATED),
		national: {
			ibcMin: onMonths(months, input.ibcMin, nationalSeries(input.ibcMin)),
			ibcMax: onMonths(months, input.ibcMax, nationalSeries(input.ibcMax)),
			sigact: onMonths(months, input.sigact, nationalSeries(input.sigact))
		},
		population2010: input.population2010,
		coverage: {
			ibc: [first(input.ibcMin), last(input.ibcMin)],
			sigact: [first(input.sigact), last(input.sigact)]
		},
		sourceIds: GOVERNORATE_SOURCE_IDS
	};
}

/** What the explore dashboard can map: IBC's documented civilian deaths or SIGACT attack reports. */
export const EXPLORE_MEASURES = ['ibc', 'sigact'] as const;
export type ExploreMeasure = (typeof EXPLORE_MEASURES)[number];
/** Counts, or rates per 100,000 people (COSIT 2010 populations). */
export const EXPLORE_RATES = ['count', '100k'] as const;
export type ExploreRate = (typeof EXPLORE_RATES)[number];
