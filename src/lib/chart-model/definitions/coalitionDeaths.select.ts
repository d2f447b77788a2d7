import {
	countryTotals,
	cumulativeSnapshots,
	sourcesByYear,
	uniqueSources,
	usByYear,
	usMonthly,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface CoalitionDeathsData {
	months: { month: string; deaths: number; sourceIds: SourceId[] }[];
	years: { year: number; deaths: number; months: number; sourceIds: SourceId[] }[];
	countries: { country: string; deaths: number; sourceIds: SourceId[] }[];
	tallies: {
		date: string;
		us: number;
		uk: number;
		other: number;
		statedTotal: number | null;
		sourceIds: SourceId[];
	}[];
	sources: { months: SourceId[]; countries: SourceId[]; tallies: SourceId[] };
}

export default defineSelector('coalition-deaths', (d): CoalitionDeathsData => {
	const months = usMonthly(d);
	const countries = countryTotals(d);
	const tallies = cumulativeSnapshots(d).filter(
		(t) => t.us !== null && t.uk !== null && t.other !== null
	);
	const yearSources = sourcesByYear(months);
	return {
		months: months.map((m) => ({ month: m.month, deaths: m.deaths, sourceIds: [...m.sourceIds] })),
		years: usByYear(d).map((y) => ({
			year: y.year,
			deaths: y.deaths,
			months: y.months,
			sourceIds: yearSources.get(y.year) ?? []
		})),
		countries: countries.map((c) => ({
			country: c.country,
			deaths: c.deaths,
			sourceIds: [...c.sourceIds]
		})),
		tallies: tallies.map((t) => ({
			date: t.date,
			us: t.us!,
			uk: t.uk!,
			other: t.other!,
			statedTotal: t.statedTotal,
			sourceIds: [...t.sourceIds]
		})),
		sources: {
			months: uniqueSources(months.map((m) => m.sourceIds)),
			countries: uniqueSources(countries.map((c) => c.sourceIds)),
			tallies: uniqueSources(tallies.map((t) => t.sourceIds))
		}
	};
});
