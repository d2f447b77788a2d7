/**
 * The explore dashboard's state, as its URL carries it:
 * `?measure=ibc|sigact&per=count|100k&from=YYYY-MM&to=YYYY-MM&gov=IQ-BG,IQ-AN&by=year|month`.
 * Parsed by allow-list, like the charts' states: an unknown or malformed value falls back to its
 * default, a reversed range is put in order, an unknown governorate code is dropped. Written out
 * in full, defaults included, so a shared link keeps its view if the defaults ever change.
 */
import type { MonthKey } from '$lib/stats';
import {
	EXPLORE_MEASURES,
	EXPLORE_RATES,
	type ExploreMeasure,
	type ExploreRate
} from '$lib/stats/governorates/explore';
import {
	GOVERNORATE_CODES,
	isGovernorateCode,
	type GovernorateCode
} from '$lib/stats/governorates/governorates';

export const TABLE_BY = ['year', 'month'] as const;
export type TableBy = (typeof TABLE_BY)[number];

export type { ExploreMeasure, ExploreRate };

export interface ExploreState {
	readonly measure: ExploreMeasure;
	readonly per: ExploreRate;
	/** First and last month of the range, inclusive, in order. */
	readonly from: MonthKey;
	readonly to: MonthKey;
	/** Selected governorates in the fixed code order; none means the whole country. */
	readonly gov: readonly GovernorateCode[];
	/** The table's rows: one per governorate and year, or per governorate and month. */
	readonly by: TableBy;
}

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
	values.includes(raw as T) ? (raw as T) : fallback;

/**
 * The default view: every month the data covers, IBC counts, the whole country (or, on a
 * governorate's own page, that governorate), by year.
 */
export const defaultState = (
	months: readonly MonthKey[],
	gov: readonly GovernorateCode[] = []
): ExploreState => ({
	measure: 'ibc',
	per: 'count',
	from: months[0]!,
	to: months.at(-1)!,
	gov,
	by: 'year'
});

/** `gov` is the page's own default selection: a query without a `gov` key keeps it. */
export function parseExploreState(
	query: URLSearchParams,
	months: readonly MonthKey[],
	gov: readonly GovernorateCode[] = []
): ExploreState {
	const base = defaultState(months, gov);
	const month = (raw: string | null, fallback: MonthKey): MonthKey =>
		raw !== null && months.includes(raw as MonthKey) ? (raw as MonthKey) : fallback;
	const from = month(query.get('from'), base.from);
	const to = month(query.get('to'), base.to);
	const wanted = new Set((query.get('gov') ?? '').split(',').filter(isGovernorateCode));
	return {
		measure: oneOf(EXPLORE_MEASURES, query.get('measure'), base.measure),
		per: oneOf(EXPLORE_RATES, query.get('per'), base.per),
		// Month keys sort as text; a range given backwards (or dragged leftwards) is put in order.
		from: from <= to ? from : to,
		to: from <= to ? to : from,
		gov: query.has('gov') ? GOVERNORATE_CODES.filter((c) => wanted.has(c)) : base.gov,
		by: oneOf(TABLE_BY, query.get('by'), base.by)
	};
}

/**
 * The query string for a state, every parameter written out. Takes plain strings too, so a link
 * can be written from a preset; whatever reads it goes through `parseExploreState`.
 */
export function exploreQuery(s: {
	readonly [K in keyof ExploreState]: ExploreState[K] extends readonly unknown[]
		? readonly string[]
		: ExploreState[K] extends MonthKey
			? string
			: ExploreState[K];
}): string {
	const q = new URLSearchParams({
		measure: s.measure,
		per: s.per,
		from: s.from,
		to: s.to,
		gov: s.gov.join(','),
		by: s.by
	});
	// Commas in the governorate list stay readable: they are legal in a query.
	return `?${q.toString().replaceAll('%2C', ',')}`;
}

/** The months of the state's range, as indexes into `months`. */
export function rangeIndexes(s: ExploreState, months: readonly MonthKey[]): [number, number] {
	return [months.indexOf(s.from), months.indexOf(s.to)];
}

/** A state with some parameters changed, put through the same parser (sorted range, known codes). */
export const withChange = (
	s: ExploreState,
	next: Partial<ExploreState>,
	months: readonly MonthKey[]
): ExploreState =>
	parseExploreState(new URLSearchParams(exploreQuery({ ...s, ...next }).slice(1)), months);
