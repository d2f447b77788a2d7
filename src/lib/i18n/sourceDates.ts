/**
 * A source's date note (`data/sources.csv`, `date`) in the reader's language. The column is
 * the researchers' note, in English with ISO dates ("stored copy, date unknown", "first
 * published 2013-01-01; page updated 2024-03-01"); the sources page prints it in each edition's
 * words and date format. Each note is read as a pattern: its dates are taken out, and what
 * is left must be one of the forms of the catalogs (`sourceDate.<form>`). A new form fails the test over every row of the
 * file (`tests/i18n/sourceDates.test.ts`) until it is given its words there.
 */
import { formatPartialDate } from './format';
import type { LocaleSettings } from './lang';
import { catalogOf } from './messages';

const MONTHS: Record<string, number> = {
	Jan: 1,
	Feb: 2,
	Mar: 3,
	Apr: 4,
	May: 5,
	Jun: 6,
	Jul: 7,
	Aug: 8,
	Sep: 9,
	Oct: 10,
	Nov: 11,
	Dec: 12
};
const MONTH = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`;
/** A date as the notes write one: ISO (2003, 2003-03, 2003-03-20), "26 Mar 2003", "Oct 2005", "FY2013". */
const DATE = new RegExp(
	`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{4}|mid-\\d{4}|FY\\d{4}|(?<![\\d,])\\d{4}(?!\\d|,\\d))\\b`,
	'g'
);

/** A note's date as ISO (or `FY2013`, or `mid-2005`), whatever form the note wrote it in. */
function isoOf(date: string): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const dmy = date.match(/^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/);
	if (dmy) return `${dmy[3]}-${pad(MONTHS[dmy[2]!.slice(0, 3)]!)}-${pad(Number(dmy[1]))}`;
	const my = date.match(/^([A-Z][a-z]+) (\d{4})$/);
	if (my) return `${my[2]}-${pad(MONTHS[my[1]!.slice(0, 3)]!)}`;
	return date;
}

function dateWords(date: string, s: LocaleSettings): string {
	const iso = isoOf(date);
	if (iso.startsWith('mid-')) {
		const year = formatPartialDate(iso.slice(4), s);
		return catalogOf(s.lang)['sourceDate.mid']({ year });
	}
	return formatPartialDate(iso, s);
}

/**
 * Each form of note, its dates written `#`, is a message of the catalogs (`sourceDate.<form>`):
 * English keeps the note's own words, the other editions translate them.
 */
const formOf = (form: string, s: LocaleSettings): string | undefined => {
	if (form === '') return '';
	const text: unknown = (catalogOf(s.lang) as Record<string, unknown>)[`sourceDate.${form}`];
	return typeof text === 'string' ? text : undefined;
};

/** The note's form (dates as `#`) and its dates, in order. */
export function noteForm(note: string): { form: string; dates: string[] } {
	const dates: string[] = [];
	const form = note.trim().replace(DATE, (d) => (dates.push(d), '#'));
	return { form, dates };
}

/**
 * A source's date note in the edition's words, its dates in the edition's format, or null if
 * the note has a form not listed here (the test over `sources.csv` keeps that from happening).
 */
export function sourceDateText(note: string, s: LocaleSettings): string | null {
	const { form, dates } = noteForm(note);
	const template = formOf(form, s);
	if (template === undefined) return null;
	let i = 0;
	return template.replace(/#/g, () => dateWords(dates[i++] ?? '', s));
}
