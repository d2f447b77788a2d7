/**
 * The one CSV parser for every file in `data/`: text in, typed rows out, or a `CsvError`
 * naming file, line, column and what was expected. Columns are declared once per dataset
 * (`datasets.ts`); the row type is inferred from that declaration.
 */
import { csvParseRows } from 'd3-dsv';
import * as v from 'valibot';
import type { Cell } from './cells';
import { CsvError } from './csvError';
import { recordLines } from './recordLines';

export interface Column<T, Nullable extends boolean = boolean> {
	readonly cell: Cell<T>;
	/** A blank cell is a gap (`null`) when true, an error when false. */
	readonly nullable: Nullable;
}

/** A column that must be filled. */
export const required = <T>(cell: Cell<T>): Column<T, false> => ({ cell, nullable: false });
/** A column where a blank cell means "not given by the source" and becomes `null`. */
export const blankIsNull = <T>(cell: Cell<T>): Column<T, true> => ({ cell, nullable: true });

export type Columns = Record<string, Column<unknown>>;

export type RowOf<C extends Columns> = {
	readonly [K in keyof C]: C[K] extends Column<infer T, infer N>
		? N extends true
			? T | null
			: T
		: never;
};

/** Strips a UTF-8 byte-order mark, which spreadsheet programs add when saving. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function parseCsv<C extends Columns>(text: string, file: string, columns: C): RowOf<C>[] {
	const body = withoutBom(text);
	const records = csvParseRows(body);
	const lines = recordLines(body);
	const header = records[0];
	if (!header || header.every((h) => h === ''))
		throw new CsvError(file, 1, 0, '', 'the file is empty: expected a header row');

	const names = Object.keys(columns);
	const index = new Map(header.map((name, i) => [name.trim(), i]));
	for (const name of names) {
		if (!index.has(name))
			throw new CsvError(file, 1, 0, name, `missing column "${name}" in the header row`);
	}

	const rows: RowOf<C>[] = [];
	for (let r = 1; r < records.length; r++) {
		const record = records[r]!;
		const line = lines[r] ?? r + 1;
		if (record.length === 1 && record[0] === '') continue; // a blank line, not a record
		if (record.length !== header.length)
			throw new CsvError(
				file,
				line,
				0,
				'',
				`expected ${header.length} cells, found ${record.length} (a stray comma or quote?)`
			);
		const row: Record<string, unknown> = {};
		for (const name of names) {
			const col = index.get(name)!;
			const raw = (record[col] ?? '').trim();
			const { cell, nullable } = columns[name]!;
			if (raw === '') {
				if (!nullable)
					throw new CsvError(file, line, col + 1, name, 'expected a value, got a blank cell');
				row[name] = null;
				continue;
			}
			const result = v.safeParse(cell, raw);
			if (!result.success) {
				const message = result.issues[0]?.message ?? 'invalid value';
				throw new CsvError(file, line, col + 1, name, `${message}, got "${raw}"`);
			}
			row[name] = result.output;
		}
		rows.push(row as RowOf<C>);
	}
	return rows;
}
