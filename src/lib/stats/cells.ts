/**
 * Cell parsers: one per kind of value found in `data/*.csv`. Each takes the raw cell text
 * and either returns a typed value or fails with the message an editor will read.
 * Blank cells never reach these: `parseCsv` turns them into `null` (a gap) for nullable
 * columns and reports them for required ones, so a gap is never read as 0 or NaN.
 */
import * as v from 'valibot';
import type { CountryId, MonthKey, PartialDate, SourceId } from './brand';
import { COUNTRY_IDS } from './countries';

export type Cell<T> = v.GenericSchema<string, T>;

const WHOLE = /^\d+$/;

/** A whole number ≥ 0 written without separators (`4487`, not `4,487`). */
export const count: Cell<number> = v.pipe(
	v.string(),
	v.regex(WHOLE, 'expected a whole number ≥ 0 with no separators'),
	v.transform(Number),
	v.safeInteger('expected a number small enough to be exact')
);

/** A decimal such as a latitude (`33.3146333`). */
export function decimalBetween(min: number, max: number): Cell<number> {
	return v.pipe(
		v.string(),
		v.regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number'),
		v.transform(Number),
		v.minValue(min, `expected a number ≥ ${min}`),
		v.maxValue(max, `expected a number ≤ ${max}`)
	);
}

function isCalendarDate(text: string): boolean {
	const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const day = new Date(Date.UTC(y, m - 1, d));
	return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** `YYYY-MM`, a real month. */
export const month: Cell<MonthKey> = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM'),
	v.check(isCalendarDate, 'expected a real month (01–12)'),
	v.transform((s) => s as MonthKey)
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date at the precision given. */
export const partialDate: Cell<PartialDate> = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
	v.check(isCalendarDate, 'expected a real calendar date'),
	v.transform((s) => s as PartialDate)
);

/** A period bound in a cost table: a date (`2003`, `2003-03`) or a US fiscal year (`FY2008`). */
export const periodBound: Cell<string> = v.pipe(
	v.string(),
	v.regex(
		/^(FY\d{4}|\d{4}(-\d{2}(-\d{2})?)?)$/,
		'expected a date (YYYY[-MM[-DD]]) or a fiscal year (FY2008)'
	)
);

/** Free text; must not be blank when the column is required. */
export const text: Cell<string> = v.string();

/**
 * A source's title as readers see it in every edition's source lists: the work's own title, or,
 * where none was stored, a title supplied in square brackets as catalogues do ("[Reuters
 * factbox, 2 December 2011]"). Never an editor's working note (research notes go in `note`).
 */
export const sourceTitle: Cell<string> = v.pipe(
	v.string(),
	v.check(
		(s) => !/\b(?:not stored|untitled|slug|stored copy)\b|\bfollowing S\d/i.test(s),
		'expected the work’s title, or a supplied title in [brackets]: an editor’s note (“title not stored”, “untitled”, a URL slug, “page following S106”) belongs in the note column'
	)
);

/** One of a fixed set of values. */
export function oneOf<const T extends string>(values: readonly T[]): Cell<T> {
	return v.pipe(
		v.string(),
		v.check(
			(s) => (values as readonly string[]).includes(s),
			`expected one of: ${values.join(', ')}`
		),
		v.transform((s) => s as T)
	);
}

/** A country or group id listed in `countries.ts`. */
export const countryId: Cell<CountryId> = v.pipe(
	oneOf(COUNTRY_IDS),
	v.transform((s) => s as string as CountryId)
);

/**
 * One or more source ids separated by `;`, each present in `data/sources.csv`.
 * Built per load because the known ids come from the sources file itself.
 */
export function sourceIds(known: ReadonlySet<string>): Cell<SourceId[]> {
	return v.pipe(
		v.string(),
		v.transform((s) => s.split(';').map((id) => id.trim())),
		v.check(
			(ids) => ids.every((id) => /^S\d+$/.test(id)),
			'expected source ids like S01, separated by ";"'
		),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const missing = dataset.value.filter((id) => !known.has(id));
			if (missing.length > 0)
				addIssue({ message: `unknown source id ${missing.join(', ')}: not in data/sources.csv` });
		}),
		v.transform((ids) => ids as SourceId[])
	);
}

/** A source id in `sources.csv` itself (the definition, not a reference). */
export const sourceIdDefinition: Cell<SourceId> = v.pipe(
	v.string(),
	v.regex(/^S\d+$/, 'expected a source id like S01'),
	v.transform((s) => s as SourceId)
);

/** Figure ids separated by `;` (names of headline figures, checked later by `claims.ts`). */
export const figureIds: Cell<string[]> = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9_]+(;[a-z0-9_]+)*$/,
		'expected figure ids like us_deaths_total, separated by ";"'
	),
	v.transform((s) => s.split(';'))
);

/** Estimate ids separated by `;` (`ibc-2013;plos-2013`), checked against the estimates later. */
export const estimateIds: Cell<string[]> = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9-]+(;[a-z0-9-]+)*$/, 'expected estimate ids like plos-2013, separated by ";"'),
	v.transform((s) => s.split(';'))
);
