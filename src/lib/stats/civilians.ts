/**
 * Iraq Body Count: documented civilian deaths from violence, a floor rather than an estimate
 * of the whole toll. The monthly series joins two IBC publications (to 2011: the March 2012
 * database export; 2012–2013: IBC's 2014 annual page), so each month keeps its vintage.
 */
import { sum } from 'd3-array';
import type { MonthKey, PartialDate, SourceId } from './brand';
import type { Datasets } from './datasets';
import { interval, reported, uniqueSources, type Figure } from './figure';
import { cumulative, peak, rollupByYear, yearOf, type YearTotal } from './series';

export interface IbcMonth {
	readonly month: MonthKey;
	readonly deaths: number;
	readonly vintage: PartialDate;
	readonly sourceIds: readonly SourceId[];
}

export const ibcMonthly = (d: Datasets): IbcMonth[] =>
	[...d.ibc_civilian_deaths_monthly]
		.sort((a, b) => a.month.localeCompare(b.month))
		.map((r) => ({
			month: r.month,
			deaths: r.deaths,
			vintage: r.data_vintage,
			sourceIds: r.source_id
		}));

/** Calendar-year totals of the monthly series. */
export const ibcByYear = (d: Datasets): YearTotal[] =>
	rollupByYear(ibcMonthly(d).map((m) => ({ month: m.month, value: m.deaths })));

/** Running total by month. */
export const ibcCumulative = (d: Datasets) =>
	cumulative(ibcMonthly(d).map((m) => ({ month: m.month, value: m.deaths })));

function monthsIn(d: Datasets, fromYear: number, toYear: number): IbcMonth[] {
	return ibcMonthly(d).filter((m) => yearOf(m.month) >= fromYear && yearOf(m.month) <= toYear);
}

/**
 * Documented civilian deaths over whole calendar years: our sum of IBC's monthly figures (the
 * March 2012 export's maxima to 2011, IBC's 2015 table for 2012–13). IBC itself publishes
 * cumulative ranges of its own and revises its counts upward, so this is labelled as our sum.
 */
export function ibcTotal(d: Datasets, fromYear: number, toYear: number): Figure {
	const months = monthsIn(d, fromYear, toYear);
	if (months.length === 0) throw new Error(`ibcTotal: no IBC months in ${fromYear}–${toYear}`);
	return reported({
		value: sum(months, (m) => m.deaths),
		unit: 'deaths',
		measure: 'documented_civilian_deaths',
		period: interval(months[0]!.month, months.at(-1)!.month),
		sourceIds: uniqueSources(months.map((m) => m.sourceIds)),
		basis: 'our_sum'
	});
}

/** The deadliest calendar year in the series. */
export function ibcPeakYear(d: Datasets): { year: number; deaths: Figure } {
	const best = peak(ibcByYear(d), (y) => y.value);
	if (!best) throw new Error('ibcPeakYear: empty series');
	return { year: best.year, deaths: ibcTotal(d, best.year, best.year) };
}

/** The deadliest month, optionally from a given month on (e.g. after the invasion). */
export function ibcPeakMonth(d: Datasets, from?: string): IbcMonth {
	const best = peak(
		ibcMonthly(d).filter((m) => !from || m.month >= from),
		(m) => m.deaths
	);
	if (!best) throw new Error('ibcPeakMonth: empty series');
	return best;
}
