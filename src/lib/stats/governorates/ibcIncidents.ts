/**
 * The Iraq Body Count incidents that ESOC geocoded to a governorate (2003-03-20 … 2009-06-30).
 * Only the columns the aggregates need are read: dates, the minimum and maximum deaths, and the
 * governorate. Places and descriptions are never parsed, so they cannot leak into a published file.
 */
import { csvParseRows } from 'd3-dsv';
import { count } from '../cells';
import { CsvError } from '../csvError';
import { blankIsNull, parseCsv, required } from '../parseCsv';
import { esocGovernorate, ibcDate, type IsoDate } from './cells';
import { decodeLatin1, normaliseLineEndings } from './decodeLatin1';
import type { GovernorateCode } from './governorates';
import { lineOfRow } from './rowLine';

export interface IbcIncident {
	readonly start: IsoDate;
	/** The last day; equal to `start` for a one-day incident (the file leaves `end` blank). */
	readonly end: IsoDate;
	/** IBC's minimum and maximum deaths, as given: in 18 rows the minimum exceeds the maximum. */
	readonly min: number;
	readonly max: number;
	/** `null` when the source names no single governorate ("central Iraq", "nationwide"). */
	readonly governorate: GovernorateCode | null;
}

const columns = {
	Start: required(ibcDate),
	end: blankIsNull(ibcDate),
	Min: required(count),
	Max: required(count),
	governorate: blankIsNull(esocGovernorate)
};

/** 1-based column of a header name, for a row-level error. */
const columnOf = (text: string, name: string): number =>
	(csvParseRows(text.slice(0, text.indexOf('\n')))[0] ?? []).indexOf(name) + 1;

/**
 * Parses the incident file's text (already decoded, LF line endings). Throws a `CsvError` naming
 * file, line and column on the first malformed cell, or on an incident that ends before it starts.
 */
export function parseIbcIncidents(text: string, file: string): IbcIncident[] {
	return parseCsv(text, file, columns).map((row, i) => {
		const end = row.end ?? row.Start;
		if (end < row.Start)
			throw new CsvError(
				file,
				lineOfRow(text, i),
				columnOf(text, 'end'),
				'end',
				`the incident ends (${end}) before it starts (${row.Start})`
			);
		return { start: row.Start, end, min: row.Min, max: row.Max, governorate: row.governorate };
	});
}

/** The file as stored (Latin-1 bytes, CR line endings) to incidents. */
export const ibcIncidentsFromBytes = (bytes: Uint8Array, file: string): IbcIncident[] =>
	parseIbcIncidents(normaliseLineEndings(decodeLatin1(bytes)), file);
