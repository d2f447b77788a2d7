import {
	checkedClaims,
	headlineFigures,
	sourcesByYear,
	uniqueSources,
	usByYear,
	usMonthly,
	type Figure,
	type SourceId
} from '$lib/stats';
import { defineSelector } from '../selector';

export interface UsCasualtiesData {
	years: {
		year: number;
		deaths: number;
		wounded: number;
		months: number;
		woundedGaps: number;
		sourceIds: SourceId[];
	}[];
	official: { deaths: Figure; wounded: Figure };
	/** The text's claims (C09: "more than 4,000 killed", C10: "about 4,500 wounded"). */
	claims: {
		killed: number;
		wounded: number;
		killedSourceIds: SourceId[];
		woundedSourceIds: SourceId[];
	};
	sources: { years: SourceId[] };
}

export default defineSelector('us-casualties', (d): UsCasualtiesData => {
	const figures = headlineFigures(d);
	const claims = checkedClaims(d, figures);
	const claimed = (id: string) => {
		const c = claims.find((x) => x.id === id);
		if (!c || c.claimed === null) throw new Error(`us-casualties: claim ${id} has no number`);
		return c;
	};
	const yearSources = sourcesByYear(usMonthly(d));
	return {
		years: usByYear(d).map((y) => ({ ...y, sourceIds: yearSources.get(y.year) ?? [] })),
		official: { deaths: figures.us_deaths_total, wounded: figures.us_wounded_total },
		claims: {
			killed: claimed('C09').claimed!,
			wounded: claimed('C10').claimed!,
			killedSourceIds: [...claimed('C09').sourceIds],
			woundedSourceIds: [...claimed('C10').sourceIds]
		},
		sources: { years: uniqueSources(usMonthly(d).map((m) => m.sourceIds)) }
	};
});
