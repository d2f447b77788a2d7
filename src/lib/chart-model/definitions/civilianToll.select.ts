import {
	ibcByYear,
	ibcCumulative,
	ibcMonthly,
	sourcesByYear,
	uniqueSources,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface CivilianTollData {
	months: { month: string; deaths: number; cumulative: number; sourceIds: SourceId[] }[];
	years: { year: number; deaths: number; sourceIds: SourceId[] }[];
	/** Where the monthly series switches from one IBC publication to the next. */
	vintageJoin: string | null;
	sources: SourceId[];
}

export default defineSelector('civilian-toll', (d): CivilianTollData => {
	const months = ibcMonthly(d);
	const cumulative = ibcCumulative(d);
	const yearSources = sourcesByYear(months);
	const join = months.find((m, i) => i > 0 && m.vintage !== months[i - 1]!.vintage);
	return {
		months: months.map((m, i) => ({
			month: m.month,
			deaths: m.deaths,
			cumulative: cumulative[i]!.cumulative,
			sourceIds: [...m.sourceIds]
		})),
		years: ibcByYear(d).map((y) => ({
			year: y.year,
			deaths: y.value,
			sourceIds: yearSources.get(y.year) ?? []
		})),
		vintageJoin: join?.month ?? null,
		sources: uniqueSources(months.map((m) => m.sourceIds))
	};
});
