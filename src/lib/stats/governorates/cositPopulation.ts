/**
 * The rates' denominator: COSIT's (Iraq's Central Statistical Organization) official 2010
 * population projections by governorate, from its Annual Abstract of Statistics 2013, table
 * 2/8 A. Chosen over the WFP district figures (`population.ts`), which put Dahuk below its 1997
 * census in 2007 and double Ninewa between 2003 and 2005 (data/raw/governorates/README.md).
 * Iraq held no full census between 1997 and 2024, so every governorate population is a
 * projection, and some are contested: the page says which one each rate divides by.
 */
import * as v from 'valibot';
import { count, text, type Cell } from '../cells';
import { CsvError } from '../csvError';
import { parseCsv, required } from '../parseCsv';
import { esocGovernorate } from './cells';
import { GOVERNORATE_CODES, type GovernorateCode } from './governorates';
import { lineOfRow } from './rowLine';

/** The year the populations are projected for; said beside every rate. */
export const RATE_POPULATION_YEAR = 2010;

// No governorate of Iraq approaches twenty million people: a larger value is a typo.
const people: Cell<number> = v.pipe(
	count,
	v.maxValue(20_000_000, 'expected at most 20,000,000 people')
);
const columns = {
	governorate: required(esocGovernorate),
	name_ar: required(text),
	urban: required(people),
	rural: required(people),
	total: required(people)
};

/**
 * Parses `cosit_population_2010.csv` into each governorate's total. A `CsvError` names file,
 * line and column for a bad cell, a total that is not urban plus rural (within the table's
 * rounding), a governorate given
 * twice; a governorate missing from the file is an error too, never a population of 0.
 */
export function parseCositPopulation(
	csvText: string,
	file: string
): Record<GovernorateCode, number> {
	const totals = new Map<GovernorateCode, number>();
	parseCsv(csvText, file, columns).forEach((r, i) => {
		// A projection rounds each cell, so parts may miss the printed total by one person (five
		// rows do); more than that is a typo.
		if (Math.abs(r.urban + r.rural - r.total) > 1)
			throw new CsvError(
				file,
				lineOfRow(csvText, i),
				5,
				'total',
				`urban ${r.urban} + rural ${r.rural} is not the total ${r.total}`
			);
		if (totals.has(r.governorate))
			throw new CsvError(
				file,
				lineOfRow(csvText, i),
				1,
				'governorate',
				`${r.governorate} is given twice`
			);
		totals.set(r.governorate, r.total);
	});
	const missing = GOVERNORATE_CODES.filter((c) => !totals.has(c));
	if (missing.length > 0)
		throw new CsvError(file, 1, 0, '', `no population for ${missing.join(', ')}`);
	return Object.fromEntries(GOVERNORATE_CODES.map((c) => [c, totals.get(c)!])) as Record<
		GovernorateCode,
		number
	>;
}
