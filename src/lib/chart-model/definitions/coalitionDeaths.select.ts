import {
	countryTotals,
	cumulativeSnapshots,
	headlineFigures,
	sourcesOfEveryMonth,
	standaloneBy,
	uniqueSources,
	usByYear,
	usMonthly,
	type Sourced,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

/** Each row says whether a standalone source gives it, so every text made from it can say so. */
interface Standing {
	standalone: boolean;
}

export interface CoalitionDeathsData {
	months: ({ month: string; deaths: number; sourceIds: SourceId[] } & Standing)[];
	years: ({ year: number; deaths: number; months: number; sourceIds: SourceId[] } & Standing)[];
	countries: ({ country: string; deaths: number; sourceIds: SourceId[] } & Standing)[];
	/** How many countries lost soldiers: only the per-country table (a secondary copy) counts them. */
	countryCount: Sourced;
	tallies: ({
		date: string;
		us: number;
		uk: number;
		other: number;
		statedTotal: number | null;
		sourceIds: SourceId[];
	} & Standing)[];
	sources: { months: SourceId[]; countries: SourceId[]; tallies: SourceId[] };
}

export default defineSelector('coalition-deaths', (d): CoalitionDeathsData => {
	const months = usMonthly(d);
	const countries = countryTotals(d);
	const tallies = cumulativeSnapshots(d).filter(
		(t) => t.us !== null && t.uk !== null && t.other !== null
	);
	const yearSources = sourcesOfEveryMonth(months);
	const standalone = standaloneBy(d);
	const count = headlineFigures(d).coalition_countries_with_deaths;
	return {
		months: months.map((m) => ({
			month: m.month,
			deaths: m.deaths,
			sourceIds: [...m.sourceIds],
			standalone: standalone(m.sourceIds)
		})),
		years: usByYear(d).map((y) => {
			const sourceIds = yearSources.get(y.year) ?? [];
			// a year is as strong as its weakest month
			const weakMonth = months.some(
				(m) => m.month.startsWith(String(y.year)) && !standalone(m.sourceIds)
			);
			return {
				year: y.year,
				deaths: y.deaths,
				months: y.months,
				sourceIds,
				standalone: !weakMonth
			};
		}),
		countries: countries.map((c) => ({
			country: c.country,
			deaths: c.deaths,
			sourceIds: [...c.sourceIds],
			standalone: standalone(c.sourceIds)
		})),
		countryCount: {
			value: count.value,
			sourceIds: count.sourceIds,
			standalone: count.status === 'verified'
		},
		tallies: tallies.map((t) => ({
			date: t.date,
			us: t.us!,
			uk: t.uk!,
			other: t.other!,
			statedTotal: t.statedTotal,
			sourceIds: [...t.sourceIds],
			standalone: standalone(t.sourceIds)
		})),
		sources: {
			months: uniqueSources(months.map((m) => m.sourceIds)),
			countries: uniqueSources(countries.map((c) => c.sourceIds)),
			tallies: uniqueSources(tallies.map((t) => t.sourceIds))
		}
	};
});
