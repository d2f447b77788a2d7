import {
	checkedClaims,
	headlineFigures,
	standaloneBy,
	sourcesOfEveryMonth,
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
		/** Sources of the year's deaths, and of its wounded (a secondary series alone). */
		sourceIds: SourceId[];
		woundedSourceIds: SourceId[];
		deathsStandalone: boolean;
		woundedStandalone: boolean;
	}[];
	/** Deaths from every cause, the hostile part of them, and the wounded in action. */
	official: { deaths: Figure; hostileDeaths: Figure; wounded: Figure };
	/**
	 * The text's claims (C09: "more than 4,000 killed", C10: "about 4,500 wounded"), with the
	 * text's own words for each, as written, for guillemets.
	 */
	claims: {
		killed: number;
		wounded: number;
		killedQuote: string;
		woundedQuote: string;
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
	const months = usMonthly(d);
	const yearSources = sourcesOfEveryMonth(months);
	const woundedSources = sourcesOfEveryMonth(
		months.map((m) => ({ month: m.month, sourceIds: m.woundedSourceIds }))
	);
	const standalone = standaloneBy(d);
	// a year is as strong as its weakest month
	const everyMonth = (year: number, ids: (m: (typeof months)[number]) => readonly SourceId[]) =>
		months.filter((m) => m.month.startsWith(String(year))).every((m) => standalone(ids(m)));
	// the clause of the text's sentence that holds the number: "more than four thousand killed"
	const clause = (quote: string, words: RegExp) => quote.match(words)?.[0] ?? quote;
	return {
		years: usByYear(d).map((y) => ({
			...y,
			sourceIds: yearSources.get(y.year) ?? [],
			woundedSourceIds: woundedSources.get(y.year) ?? [],
			deathsStandalone: everyMonth(y.year, (m) => m.sourceIds),
			woundedStandalone: everyMonth(y.year, (m) => m.woundedSourceIds)
		})),
		official: {
			deaths: figures.us_deaths_total,
			hostileDeaths: figures.us_deaths_hostile,
			wounded: figures.us_wounded_total
		},
		claims: {
			killed: claimed('C09').claimed!,
			wounded: claimed('C10').claimed!,
			killedQuote: clause(claimed('C09').quote, /اكثر من .*قتيل/),
			woundedQuote: clause(claimed('C10').quote, /نحو .*جريح/),
			killedSourceIds: [...claimed('C09').sourceIds],
			woundedSourceIds: [...claimed('C10').sourceIds]
		},
		sources: {
			years: uniqueSources(months.flatMap((m) => [m.sourceIds, m.woundedSourceIds]))
		}
	};
});
