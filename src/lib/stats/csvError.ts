/**
 * A CSV problem located precisely enough for an editor to fix it:
 * `data/us_casualties_monthly.csv:14:2 (deaths): expected a whole number ≥ 0, got "4O"`.
 */
export class CsvError extends Error {
	constructor(
		readonly file: string,
		/** 1-based line in the file where the record starts. */
		readonly line: number,
		/** 1-based column index; 0 when the problem is the whole record. */
		readonly column: number,
		readonly columnName: string,
		readonly problem: string
	) {
		const where = columnName ? ` (${columnName})` : '';
		super(`${file}:${line}:${column}${where}: ${problem}`);
		this.name = 'CsvError';
	}
}
