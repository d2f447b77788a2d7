/**
 * The headline figures: one id per fact, computed from the datasets. `summary.json`, the
 * first pages, the claim checks and (later) the story copy all read figures from here by id.
 */
import type { Datasets } from './datasets';
import {
	coalitionCountriesWithDeaths,
	coalitionDeathsNonUs,
	coalitionTallyUs,
	coalitionDeathsTotal,
	countryDeathsTotal
} from './coalitionCasualties';
import {
	usDeathsHostile,
	usDeathsIcasualties,
	usDeathsTotal,
	usWoundedTotal
} from './usCasualties';
import { ibcPeakYear, ibcTotal } from './civilians';
import { coalitionInvasionTroops } from './composition';
import { costFigure } from './costs';
import { estimateFigure } from './estimates';
import { reported, type Figure } from './figure';
import { restsOnStandaloneSource } from './tiers';
import { forceCountFigure } from './forces';
import { daysBetween } from './series';

function timelineEvent(d: Datasets, id: string) {
	const e = d.invasion_timeline.find((x) => x.event_id === id);
	if (!e) throw new Error(`timeline event ${id} missing from invasion_timeline.csv`);
	return e;
}

/** Days from the first strike on Baghdad to the fall of the Firdos Square statue. */
function invasionDaysToBaghdad(d: Datasets): Figure {
	const start = timelineEvent(d, 'dora-farms');
	const end = timelineEvent(d, 'firdos-square');
	return reported({
		value: daysBetween(start.date, end.date),
		unit: 'days',
		measure: 'duration',
		period: `${start.date}/${end.date}`,
		sourceIds: [...new Set([...start.source_id, ...end.source_id])]
	});
}

const FIGURES = {
	us_deaths_total: usDeathsTotal,
	us_deaths_hostile: usDeathsHostile,
	us_deaths_icasualties: usDeathsIcasualties,
	us_wounded_total: usWoundedTotal,
	uk_deaths_total: (d) => countryDeathsTotal(d, 'united-kingdom'),
	coalition_deaths_total: coalitionDeathsTotal,
	coalition_deaths_non_us: coalitionDeathsNonUs,
	coalition_deaths_us_reuters: coalitionTallyUs,
	coalition_countries_with_deaths: coalitionCountriesWithDeaths,
	coalition_invasion_troops: coalitionInvasionTroops,
	ibc_civilian_deaths_2003_2013: (d) => ibcTotal(d, 2003, 2013),
	ibc_peak_year: (d) => {
		const { year, deaths } = ibcPeakYear(d);
		return { ...deaths, value: year, unit: 'year', measure: 'year', basis: 'reported' };
	},
	ibc_peak_year_deaths: (d) => ibcPeakYear(d).deaths,
	invasion_days_to_baghdad: invasionDaysToBaghdad,
	plos_2013_excess_deaths: (d) => estimateFigure(d, 'plos-2013'),
	plos_2013_excess_deaths_with_migration: (d) => estimateFigure(d, 'plos-2013-migration'),
	us_war_cost_crs_fy2001_2014: (d) => costFigure(d, 'crs-2014-iraq-fy2001-2014'),
	us_war_cost_costs_of_war_2050: (d) => costFigure(d, 'cow-2023-incl-veterans-2050'),
	thunder_run_abrams: (d) => forceCountFigure(d, 'thunder-run-abrams'),
	thunder_run_bradleys: (d) => forceCountFigure(d, 'thunder-run-bradleys')
} satisfies Record<string, (d: Datasets) => Figure>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];
export const isFigureId = (id: string): id is FigureId => id in FIGURES;

export type HeadlineFigures = Record<FigureId, Figure>;

/**
 * Every headline figure. A figure none of whose sources can stand alone (a primary, official,
 * peer-reviewed or press source) is marked unverified here, from the tiers in `sources.csv`,
 * so a page can never show it as settled.
 */
export function headlineFigures(d: Datasets): HeadlineFigures {
	const tiers = new Map(d.sources.map((s) => [s.id as string, s.tier]));
	const checked = (f: Figure): Figure =>
		restsOnStandaloneSource(f.sourceIds, (id) => tiers.get(id))
			? f
			: { ...f, status: 'unverified' };
	return Object.fromEntries(
		FIGURE_IDS.map((id) => [id, checked(FIGURES[id](d))])
	) as HeadlineFigures;
}

/** The public shape of `/data/summary.json` (snake_case, as documented in the README). */
export function summaryJson(figures: HeadlineFigures) {
	return Object.fromEntries(
		FIGURE_IDS.map((id) => {
			const f = figures[id];
			return [
				id,
				{
					value: f.value,
					unit: f.unit,
					period: f.period,
					source_ids: [...f.sourceIds],
					measure: f.measure,
					basis: f.basis,
					qualifier: f.qualifier,
					status: f.status
				}
			];
		})
	);
}
