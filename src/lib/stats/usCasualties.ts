/**
 * US military casualties: the monthly series and the Defense Department's end-of-war tallies.
 * The rule for choosing between sources lives here, stated once, so every chart and page shows
 * the same number for the same thing (the coalition's are in coalitionCasualties.ts).
 */
import type { MonthKey, SourceId } from './brand';
import type { Datasets } from './datasets';
import { interval, reported, type Figure } from './figure';
import { rollupByYear } from './series';

export interface UsMonth {
	readonly month: MonthKey;
	readonly deaths: number;
	readonly wounded: number | null;
	/** Sources of the month's deaths. */
	readonly sourceIds: readonly SourceId[];
	/** Sources of its wounded: only those that hold a wounded figure (never S104). */
	readonly woundedSourceIds: readonly SourceId[];
}

/** US deaths and wounded in action by month, March 2003 – December 2011 (S83 series). */
export const usMonthly = (d: Datasets): UsMonth[] =>
	[...d.us_casualties_monthly]
		.sort((a, b) => a.month.localeCompare(b.month))
		.map((r) => ({
			month: r.month,
			deaths: r.deaths,
			wounded: r.wounded_in_action,
			sourceIds: r.source_id,
			woundedSourceIds: r.wounded_source_id ?? []
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

/**
 * The Defense Department's own running tally, as the press reported it at the end of the war
 * (`dod_tally` rows): the one headline count of US military deaths and of wounded in action.
 * Other counts (iCasualties, AP's own, the Washington Post's) are alternatives with their own
 * cut-off dates and rules, shown only with a label. The latest dated row with the field wins.
 */
const TALLY_FIELDS = {
	deaths_total: { unit: 'deaths', measure: 'us_military_deaths', qualifier: 'exact' },
	// AP: "At least 3,527 military personnel have died as a result of hostile action"
	deaths_hostile: { unit: 'deaths', measure: 'us_military_deaths_hostile', qualifier: 'at_least' },
	wounded_in_action: { unit: 'wounded', measure: 'us_wounded_in_action', qualifier: 'exact' }
} as const satisfies Record<string, Pick<Figure, 'unit' | 'measure' | 'qualifier'>>;

function dodTally(d: Datasets, field: keyof typeof TALLY_FIELDS): Figure {
	const latest = d.us_casualties
		.filter((r) => r.row_type === 'dod_tally' && r[field] !== null && r.period_end !== null)
		.sort((a, b) => b.period_end!.localeCompare(a.period_end!))[0];
	if (!latest) throw new Error(`dodTally: no Defense Department tally gives ${field}`);
	return reported({
		value: latest[field]!,
		...TALLY_FIELDS[field],
		period: interval(latest.period_start, latest.period_end),
		sourceIds: latest.source_id
	});
}

/** US military deaths in the war (OIF and OND), the Defense Department's tally. */
export const usDeathsTotal = (d: Datasets): Figure => dodTally(d, 'deaths_total');

/**
 * US military deaths from hostile action, a part of `usDeathsTotal` (whose 4,486 counts deaths
 * from every cause); dated two days apart, so the non-hostile remainder is never subtracted.
 */
export const usDeathsHostile = (d: Datasets): Figure => dodTally(d, 'deaths_hostile');

/** US service members wounded in hostile action (OIF and OND), the Defense Department's tally. */
export const usWoundedTotal = (d: Datasets): Figure => dodTally(d, 'wounded_in_action');

/**
 * US deaths in iCasualties' records (S104: one row per death, to February 2012, deaths in the
 * theatre outside Iraq included): an alternative to the Defense Department's tally, shown
 * with that label, never as the headline.
 */
export function usDeathsIcasualties(d: Datasets): Figure {
	const r = d.coalition_deaths.find(
		(x) =>
			x.country === 'united-states' &&
			x.measure === 'total_war' &&
			x.source_id.includes('S104' as SourceId)
	);
	if (!r) throw new Error('usDeathsIcasualties: no iCasualties total in coalition_deaths.csv');
	return reported({
		value: r.deaths,
		unit: 'deaths',
		measure: 'us_military_deaths',
		period: interval(r.period_start, r.period_end),
		sourceIds: r.source_id,
		basis: 'our_sum'
	});
}
