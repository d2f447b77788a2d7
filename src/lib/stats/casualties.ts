/**
 * US and coalition military casualties. The rules for choosing between sources live here,
 * stated once, so every chart and page shows the same number for the same thing.
 */
import { sum } from 'd3-array';
import type { CountryId, MonthKey, PartialDate, SourceId } from './brand';
import { COUNTRIES } from './countries';
import type { Datasets, Row } from './datasets';
import { interval, uniqueSources, type Figure } from './figure';
import { rollupByYear } from './series';

export interface UsMonth {
	readonly month: MonthKey;
	readonly deaths: number;
	readonly wounded: number | null;
	readonly sourceIds: readonly SourceId[];
}

/** US deaths and wounded in action by month, March 2003 – December 2011 (S83 series). */
export const usMonthly = (d: Datasets): UsMonth[] =>
	[...d.us_casualties_monthly]
		.sort((a, b) => a.month.localeCompare(b.month))
		.map((r) => ({
			month: r.month,
			deaths: r.deaths,
			wounded: r.wounded_in_action,
			sourceIds: r.source_id
		}));

export interface UsYear {
	readonly year: number;
	readonly deaths: number;
	readonly wounded: number;
	/** Months of the year in the series (10 for 2003, which starts in March). */
	readonly months: number;
	/** Months whose wounded count is blank in the source (December 2011). */
	readonly woundedGaps: number;
}

/** Calendar-year roll-up of the monthly series. */
export function usByYear(d: Datasets): UsYear[] {
	const months = usMonthly(d);
	const deaths = rollupByYear(months.map((m) => ({ month: m.month, value: m.deaths })));
	const wounded = rollupByYear(months.map((m) => ({ month: m.month, value: m.wounded })));
	return deaths.map((y, i) => ({
		year: y.year,
		deaths: y.value,
		wounded: wounded[i]!.value,
		months: y.months,
		woundedGaps: wounded[i]!.gaps
	}));
}

type OperationRow = Row<'us_casualties'>;

/**
 * The official DoD totals: Operation Iraqi Freedom plus Operation New Dawn, both taken from
 * the one source that gives deaths and wounded for both operations, so the two are never
 * mixed across cut-off dates. Throws if the data offers none or several such sources.
 */
export function usOperationTotals(d: Datasets): { oif: OperationRow; ond: OperationRow } {
	const complete = (r: OperationRow) => r.deaths_total !== null && r.wounded_in_action !== null;
	const bySource = new Map<string, { oif?: OperationRow; ond?: OperationRow }>();
	for (const r of d.us_casualties) {
		if (r.row_type !== 'operation_total' || !complete(r)) continue;
		const key = r.source_id.join(';');
		const entry = bySource.get(key) ?? {};
		if (r.operation === 'OIF') entry.oif = r;
		if (r.operation === 'OND') entry.ond = r;
		bySource.set(key, entry);
	}
	const both = [...bySource.values()].filter((e) => e.oif && e.ond);
	if (both.length !== 1)
		throw new Error(
			`usOperationTotals: expected one source with complete OIF and OND totals, found ${both.length}`
		);
	return both[0] as { oif: OperationRow; ond: OperationRow };
}

function operationFigure(d: Datasets, field: 'deaths_total' | 'wounded_in_action'): Figure {
	const { oif, ond } = usOperationTotals(d);
	return {
		value: oif[field]! + ond[field]!,
		unit: field === 'deaths_total' ? 'deaths' : 'wounded',
		period: interval(oif.period_start, ond.period_end),
		sourceIds: uniqueSources([oif.source_id, ond.source_id])
	};
}

/** US military deaths, OIF + OND (DoD). */
export const usDeathsTotal = (d: Datasets): Figure => operationFigure(d, 'deaths_total');
/** US wounded in action, OIF + OND (DoD). */
export const usWoundedTotal = (d: Datasets): Figure => operationFigure(d, 'wounded_in_action');

export interface CountryTotal {
	readonly country: CountryId;
	readonly deaths: number;
	readonly sourceIds: readonly SourceId[];
	readonly periodStart: PartialDate;
	readonly periodEnd: PartialDate | null;
}

/**
 * Deaths per country for the whole war, ranked. Taken from the single `total_war` table that
 * covers the most countries, so every bar comes from the same count; other `total_war` rows
 * (a national count of the UK's dead, say) are corroboration, not extra bars.
 */
export function countryTotals(d: Datasets): CountryTotal[] {
	const rows = d.coalition_deaths.filter(
		(r) =>
			r.measure === 'total_war' &&
			COUNTRIES[r.country as keyof typeof COUNTRIES]?.kind === 'country'
	);
	const bySource = new Map<string, typeof rows>();
	for (const r of rows) {
		const key = r.source_id.join(';');
		bySource.set(key, [...(bySource.get(key) ?? []), r]);
	}
	const table = [...bySource.values()].sort((a, b) => b.length - a.length)[0] ?? [];
	return table
		.map((r) => ({
			country: r.country,
			deaths: r.deaths,
			sourceIds: r.source_id,
			periodStart: r.period_start,
			periodEnd: r.period_end
		}))
		.sort((a, b) => b.deaths - a.deaths || a.country.localeCompare(b.country));
}

function countryTotalsFigure(
	totals: readonly CountryTotal[],
	value: number,
	unit: Figure['unit']
): Figure {
	const first = totals[0];
	return {
		value,
		unit,
		period: first ? interval(first.periodStart, first.periodEnd) : '',
		sourceIds: uniqueSources(totals.map((t) => t.sourceIds))
	};
}

const isUs = (c: CountryTotal) => c.country === 'united-states';

/** All coalition deaths: the sum of the per-country table. */
export function coalitionDeathsTotal(d: Datasets): Figure {
	const totals = countryTotals(d);
	return countryTotalsFigure(
		totals,
		sum(totals, (t) => t.deaths),
		'deaths'
	);
}

/** Coalition deaths other than US, from the same table. */
export function coalitionDeathsNonUs(d: Datasets): Figure {
	const totals = countryTotals(d).filter((t) => !isUs(t));
	return countryTotalsFigure(
		totals,
		sum(totals, (t) => t.deaths),
		'deaths'
	);
}

/** How many countries lost at least one soldier, from the same table. */
export function coalitionCountriesWithDeaths(d: Datasets): Figure {
	const totals = countryTotals(d).filter((t) => t.deaths > 0);
	return countryTotalsFigure(totals, totals.length, 'countries');
}

/** A country's whole-war deaths from the per-country table. */
export function countryDeathsTotal(d: Datasets, country: string): Figure {
	const totals = countryTotals(d).filter((t) => t.country === country);
	if (totals.length !== 1) throw new Error(`countryDeathsTotal: no whole-war total for ${country}`);
	return countryTotalsFigure(totals, totals[0]!.deaths, 'deaths');
}

export interface CumulativeSnapshot {
	/** The date the tally was taken: the sources give it, and it is never a year end. */
	readonly date: PartialDate;
	readonly us: number | null;
	readonly uk: number | null;
	/** All other coalition countries: the source's own "other nations" figure, or its per-country rows summed. */
	readonly other: number | null;
	/** All coalition deaths except the US: the source's own figure, or UK + other. */
	readonly nonUs: number | null;
	/** The source's stated total, when it gives one. */
	readonly statedTotal: number | null;
	readonly sourceIds: readonly SourceId[];
}

/**
 * Dated cumulative tallies (US / UK / other), one per source and date, in date order.
 * Undated snapshots are left out: they cannot be placed on a time axis.
 */
export function cumulativeSnapshots(d: Datasets): CumulativeSnapshot[] {
	const groups = new Map<string, Row<'coalition_deaths'>[]>();
	for (const r of d.coalition_deaths) {
		if (r.measure !== 'cumulative_snapshot' || r.period_end === null) continue;
		const key = `${r.period_end}|${r.source_id.join(';')}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	return [...groups.values()]
		.map((rows) => {
			const of = (id: string) => rows.find((r) => r.country === id)?.deaths ?? null;
			const countries = rows.filter(
				(r) =>
					COUNTRIES[r.country as keyof typeof COUNTRIES]?.kind === 'country' &&
					r.country !== 'united-states' &&
					r.country !== 'united-kingdom'
			);
			const otherStated = of('other-nations');
			const uk = of('united-kingdom');
			const other = otherStated ?? (countries.length > 0 ? sum(countries, (r) => r.deaths) : null);
			return {
				date: rows[0]!.period_end!,
				us: of('united-states'),
				uk,
				other,
				nonUs: of('non-us-coalition') ?? (uk !== null && other !== null ? uk + other : null),
				statedTotal: of('all-coalition'),
				sourceIds: uniqueSources(rows.map((r) => r.source_id))
			};
		})
		.sort((a, b) => a.date.localeCompare(b.date));
}
