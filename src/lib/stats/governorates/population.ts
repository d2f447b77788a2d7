/**
 * World Food Programme populations (via ESOC) of Iraq's 104 districts, summed to the 18
 * governorates, and rates per 100,000 people.
 */
import { decimalBetween, text } from '../cells';
import { parseCsv, required } from '../parseCsv';
import { esocGovernorate } from './cells';
import { GOVERNORATE_CODES, type GovernorateCode } from './governorates';

export const POPULATION_YEARS = [2003, 2005, 2007] as const;
export type PopulationYear = (typeof POPULATION_YEARS)[number];

export interface DistrictPopulation {
	readonly district: string;
	readonly governorate: GovernorateCode;
	/** 2003 values are fractional in the file (modelled, not counted). */
	readonly population: Readonly<Record<PopulationYear, number>>;
}

// No district of Iraq approaches ten million people: a larger value is a typo.
const people = decimalBetween(0, 10_000_000);
const columns = {
	district: required(text),
	governorate: required(esocGovernorate),
	wfp_pop2003: required(people),
	wfp_pop2005: required(people),
	wfp_pop2007: required(people)
};

/** Parses `wfp_population_by_district.csv`; a `CsvError` names file, line and column. */
export function parseDistrictPopulations(csvText: string, file: string): DistrictPopulation[] {
	return parseCsv(csvText, file, columns).map((r) => ({
		district: r.district,
		governorate: r.governorate,
		population: { 2003: r.wfp_pop2003, 2005: r.wfp_pop2005, 2007: r.wfp_pop2007 }
	}));
}

/**
 * Each governorate's population in a year: the sum of its districts, rounded to a whole person
 * after summing (rounding each fractional 2003 district first would drift the total).
 * Throws if a governorate has no district, so a join that failed cannot show as a population of 0.
 */
export function governoratePopulation(
	districts: readonly DistrictPopulation[],
	year: PopulationYear
): Record<GovernorateCode, number> {
	const sums = new Map<GovernorateCode, number>();
	for (const d of districts)
		sums.set(d.governorate, (sums.get(d.governorate) ?? 0) + d.population[year]);
	return Object.fromEntries(
		GOVERNORATE_CODES.map((code) => {
			const sum = sums.get(code);
			if (sum === undefined) throw new RangeError(`no district of ${code} in the population file`);
			return [code, Math.round(sum)];
		})
	) as Record<GovernorateCode, number>;
}

/**
 * A count per 100,000 people. A gap stays a gap (`null`); a population that is not positive
 * is an error rather than an infinite rate.
 */
export function per100k(count: number, population: number): number;
export function per100k(count: number | null, population: number): number | null;
export function per100k(count: number | null, population: number): number | null {
	if (!(population > 0)) throw new RangeError(`per100k: population must be > 0, got ${population}`);
	return count === null ? null : (count / population) * 100_000;
}
