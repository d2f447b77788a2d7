/**
 * ESOC's counts of SIGACTs ("significant activity" reports by US forces: attacks and IED finds,
 * not deaths) by governorate and month, 2004-02 … 2009-02. Only the total `SIGACT` column is read.
 */
import type { MonthKey } from '../brand';
import { count } from '../cells';
import { CsvError } from '../csvError';
import { blankIsNull, parseCsv, required } from '../parseCsv';
import { esocGovernorate, stataMonth } from './cells';
import type { GovernorateCode } from './governorates';
import { lineOfRow } from './rowLine';

export interface SigactRow {
	/**
	 * `null` for the file's rows with a blank governorate. They are all zero in this file; they
	 * are kept (and counted as "not located") rather than assumed to stay zero.
	 */
	readonly governorate: GovernorateCode | null;
	readonly month: MonthKey;
	readonly sigact: number;
}

const columns = {
	governorate: blankIsNull(esocGovernorate),
	month: required(stataMonth),
	SIGACT: required(count)
};

/**
 * Parses the governorate-month file. Throws a `CsvError` on a malformed cell, or when a
 * governorate-month appears twice (it would be counted twice).
 */
export function parseSigacts(text: string, file: string): SigactRow[] {
	const seen = new Set<string>();
	return parseCsv(text, file, columns).map((row, i) => {
		const key = `${row.governorate ?? ''}|${row.month}`;
		if (seen.has(key))
			throw new CsvError(
				file,
				lineOfRow(text, i),
				0,
				'',
				`${row.governorate ?? 'a blank governorate'} in ${row.month} is given twice`
			);
		seen.add(key);
		return { governorate: row.governorate, month: row.month, sigact: row.SIGACT };
	});
}
