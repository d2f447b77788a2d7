/**
 * Stata's monthly dates (`%tm`): a whole number of months since January 1960, so 0 = 1960-01,
 * 529 = 2004-02. The ESOC SIGACT files store `month` this way.
 */
import type { MonthKey } from '../brand';

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** `529` → `2004-02`: year = 1960 + ⌊m / 12⌋, month = m mod 12 + 1. */
export function stataMonthToKey(code: number): MonthKey {
	if (!Number.isSafeInteger(code)) throw new RangeError(`not a Stata monthly code: ${code}`);
	const year = 1960 + Math.floor(code / 12);
	// A floored modulo, so months before 1960 (negative codes) still come out 1–12.
	const month = (((code % 12) + 12) % 12) + 1;
	if (year < 1000 || year > 9999)
		throw new RangeError(`Stata month ${code} is outside years 1000–9999`);
	return `${year}-${String(month).padStart(2, '0')}` as MonthKey;
}

/** `2004-02` → `529`, the inverse of `stataMonthToKey`. */
export function keyToStataMonth(key: string): number {
	const match = MONTH_KEY.exec(key);
	const month = Number(match?.[2]);
	if (!match || month < 1 || month > 12) throw new RangeError(`not a month as YYYY-MM: "${key}"`);
	return (Number(match[1]) - 1960) * 12 + month - 1;
}
