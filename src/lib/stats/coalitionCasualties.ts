/**
 * Coalition military deaths: per country and in total, with the rule for choosing between
 * sources stated once (US figures are in usCasualties.ts).
 */
import { sum } from 'd3-array';
import type { CountryId, PartialDate, SourceId } from './brand';
import { COUNTRIES } from './countries';
import type { Datasets, Row } from './datasets';
import { interval, reported, uniqueSources, type Figure } from './figure';

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
	// Another whole-war row, or a dated tally, that gives a country the same number corroborates
	// that bar: its sources are listed after the table's own.
	const sameNumber = (c: CountryId, deaths: number) =>
		d.coalition_deaths
			.filter((r) => r.country === c && r.deaths === deaths && r.measure !== 'annual')
			.map((r) => r.source_id);
	return table
		.map((r) => ({
			country: r.country,
			deaths: r.deaths,
			sourceIds: uniqueSources([r.source_id, ...sameNumber(r.country, r.deaths)]),
			periodStart: r.period_start,
			periodEnd: r.period_end
		}))
		.sort((a, b) => b.deaths - a.deaths || a.country.localeCompare(b.country));
}

/**
 * The latest dated tally that states an all-coalition total (US, UK and other nations): the
 * coalition's dead as one news organisation counted them on one day, so the parts add up.
 */
function latestCoalitionTally(d: Datasets): CumulativeSnapshot {
	const tally = cumulativeSnapshots(d)
		.filter((s) => s.statedTotal !== null && s.us !== null && s.uk !== null && s.other !== null)
		.at(-1);
	if (!tally) throw new Error('latestCoalitionTally: no dated tally with a stated total');
	return tally;
}

/** All coalition military deaths, US included: the latest dated tally with a stated total. */
export function coalitionDeathsTotal(d: Datasets): Figure {
	const t = latestCoalitionTally(d);
	return reported({
		value: t.statedTotal!,
		unit: 'deaths',
		measure: 'coalition_military_deaths',
		period: `2003-03/${t.date}`,
		sourceIds: t.sourceIds
	});
}

/**
 * US deaths in that same tally: the news organisation's own count on its date, which need not
 * be the Defense Department's (a reader comparing the parts with the US bar is told why).
 */
export function coalitionTallyUs(d: Datasets): Figure {
	const t = latestCoalitionTally(d);
	return reported({
		value: t.us!,
		unit: 'deaths',
		measure: 'us_military_deaths',
		period: `2003-03/${t.date}`,
		sourceIds: t.sourceIds
	});
}

/** Coalition deaths other than the US, from the same tally (UK plus other nations). */
export function coalitionDeathsNonUs(d: Datasets): Figure {
	const t = latestCoalitionTally(d);
	return reported({
		value: t.uk! + t.other!,
		unit: 'deaths',
		measure: 'coalition_military_deaths_non_us',
		period: `2003-03/${t.date}`,
		sourceIds: t.sourceIds,
		basis: 'our_sum'
	});
}

/**
 * How many countries lost at least one soldier: the rows of the per-country table (iCasualties,
 * relayed by an aggregator). No primary or press source states this count, so it is unverified.
 */
export function coalitionCountriesWithDeaths(d: Datasets): Figure {
	const totals = countryTotals(d).filter((t) => t.deaths > 0);
	const first = totals[0];
	return reported({
		value: totals.length,
		unit: 'countries',
		measure: 'countries',
		period: first ? interval(first.periodStart, first.periodEnd) : '',
		sourceIds: uniqueSources(totals.map((t) => t.sourceIds.slice(0, 1))),
		status: 'unverified'
	});
}

/**
 * A country's whole-war deaths from its own government's count (a `total_war` row whose source
 * is official), or else from the per-country table.
 */
export function countryDeathsTotal(d: Datasets, country: string): Figure {
	const official = new Set<string>(d.sources.filter((s) => s.tier === 'official').map((s) => s.id));
	const own = d.coalition_deaths.filter(
		(r) =>
			r.country === country &&
			r.measure === 'total_war' &&
			r.source_id.some((id) => official.has(id))
	);
	const table = countryTotals(d).find((t) => t.country === country);
	if (!table && own.length === 0)
		throw new Error(`countryDeathsTotal: no whole-war total for ${country}`);
	const value = own[0]?.deaths ?? table!.deaths;
	const agreeing = [
		...own,
		...d.coalition_deaths.filter((r) => r.country === country && r.measure === 'total_war')
	].filter((r) => r.deaths === value);
	const last =
		agreeing
			.map((r) => r.period_end)
			.filter((e): e is PartialDate => e !== null)
			.sort()
			.at(-1) ?? null;
	return reported({
		value,
		unit: 'deaths',
		measure: 'national_military_deaths',
		period: interval('2003-03', last),
		sourceIds: uniqueSources(agreeing.map((r) => r.source_id))
	});
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
