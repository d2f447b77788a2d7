/**
 * Calendar arithmetic on ISO dates and `YYYY-MM` months, in UTC so no zone or daylight-saving
 * change can move a day into another month.
 */
import type { MonthKey } from '../brand';
import { nextMonth } from '../series';

/** `2003-03-20` → `2003-03`. */
export const monthOf = (isoDate: string): MonthKey => isoDate.slice(0, 7) as MonthKey;

/** Every month from `first` to `last`, both included; empty when `last` comes first. */
export function monthRange(first: string, last: string): MonthKey[] {
	const months: MonthKey[] = [];
	for (let m = first; m <= last; m = nextMonth(m)) months.push(m as MonthKey);
	return months;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string): number => {
	const ms = Date.parse(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: "${isoDate}"`);
	return ms / DAY_MS;
};
const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The months an inclusive range of days touches and how many of its days fall in each:
 * 2003-03-20 … 2003-04-09 → March 12 days, April 9 days.
 */
export function daysByMonth(start: string, end: string): { month: MonthKey; days: number }[] {
	const [first, last] = [dayNumber(start), dayNumber(end)];
	if (last < first) throw new RangeError(`daysByMonth: ${end} is before ${start}`);
	const out: { month: MonthKey; days: number }[] = [];
	for (let day = first; day <= last;) {
		const month = monthOf(isoOfDay(day));
		const [y, m] = month.split('-').map(Number) as [number, number];
		// Date.UTC rolls month 12 over into January of the next year.
		const nextMonthStart = Date.UTC(y, m, 1) / DAY_MS;
		const until = Math.min(last + 1, nextMonthStart);
		out.push({ month, days: until - day });
		day = until;
	}
	return out;
}
