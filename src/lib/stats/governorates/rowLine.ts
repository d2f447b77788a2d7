/**
 * Where a parsed row came from, for errors that concern a whole row (an end before its start, a
 * governorate-month given twice) and so cannot be caught cell by cell inside `parseCsv`.
 * Computed only when there is an error to report: it parses the text a second time.
 */
import { csvParseRows } from 'd3-dsv';
import { recordLines } from '../recordLines';

/** The 1-based line on which the `index`-th row returned by `parseCsv` starts. */
export function lineOfRow(text: string, index: number): number {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records = csvParseRows(body);
	const lines = recordLines(body);
	let seen = -1;
	for (let r = 1; r < records.length; r++) {
		const record = records[r]!;
		if (record.length === 1 && record[0] === '') continue; // parseCsv skips blank lines too
		if (++seen === index) return lines[r] ?? r + 1;
	}
	throw new RangeError(`lineOfRow: the text has no row ${index}`);
}
