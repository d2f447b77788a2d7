/**
 * Typed rows back to CSV for publication: the same columns, gaps as blank cells, id lists
 * joined with ";", and a UTF-8 byte-order mark so spreadsheet programs read Arabic correctly.
 */
import { csvFormat } from 'd3-dsv';

const BOM = '\uFEFF';

const cellText = (value: unknown): string =>
	value === null || value === undefined
		? ''
		: Array.isArray(value)
			? value.join(';')
			: String(value);

export function toCsv(rows: readonly object[], columns: readonly string[]): string {
	const plain = rows.map((row) =>
		Object.fromEntries(columns.map((c) => [c, cellText((row as Record<string, unknown>)[c])]))
	);
	return BOM + csvFormat(plain, [...columns]) + '\n';
}
