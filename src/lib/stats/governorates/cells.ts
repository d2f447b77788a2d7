/**
 * Cell parsers for the ESOC files, in the shape of `../cells.ts`: raw cell text in, a typed
 * value out, or the message an editor will read (`parseCsv` adds file, line and column).
 */
import * as v from 'valibot';
import type { Brand, MonthKey } from '../brand';
import type { Cell } from '../cells';
import { ESOC_NAMES, codeOfEsocName, type GovernorateCode } from './governorates';
import { stataMonthToKey } from './stataMonth';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = Brand<string, 'IsoDate'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IBC_DATE = new RegExp(`^(\\d{1,2})-(${MONTHS.join('|')})-(\\d{2})$`);

function ibcDateToIso(text: string): string | null {
	const match = IBC_DATE.exec(text);
	if (!match) return null;
	// Two-digit years: the file covers 2003–2009, so every year is 20yy.
	const [y, m, d] = [2000 + Number(match[3]), MONTHS.indexOf(match[2]!) + 1, Number(match[1])];
	const day = new Date(Date.UTC(y, m - 1, d));
	if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null; // 31-Feb, 0-Mar…
	return day.toISOString().slice(0, 10);
}

/** A date as IBC's export writes it, `20-Mar-03`, read as `2003-03-20`. */
export const ibcDate: Cell<IsoDate> = v.pipe(
	v.string(),
	v.check((s) => ibcDateToIso(s) !== null, 'expected a real date like 20-Mar-03'),
	v.transform((s) => ibcDateToIso(s) as IsoDate)
);

/** A governorate as ESOC spells it (`Tameem`), read as its ISO code (`IQ-KI`). */
export const esocGovernorate: Cell<GovernorateCode> = v.pipe(
	v.string(),
	v.check(
		(s) => ESOC_NAMES.includes(s),
		`expected a governorate spelt as ESOC spells it (${ESOC_NAMES.join(', ')})`
	),
	v.transform(codeOfEsocName)
);

/** A Stata monthly code (`529`), read as the month it stands for (`2004-02`). */
export const stataMonth: Cell<MonthKey> = v.pipe(
	v.string(),
	v.regex(/^\d+$/, 'expected a Stata monthly code (a whole number, 529 = 2004-02)'),
	v.transform((s) => stataMonthToKey(Number(s)))
);
