/**
 * Copy text with figure references: `{{us_wounded_total}}` (a headline figure from the
 * statistics module) or `{{claim:C10}}` (a number as the original Arabic text gives it).
 * The copy names the figure; the page formats it for the edition. `{{id:alone}}` marks a figure
 * no noun follows, which Arabic words differently (نحو 461 ألفاً, not نحو 461 ألف).
 */
export type Segment =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'figure'; readonly id: string; readonly alone: boolean }
	| { readonly kind: 'claim'; readonly id: string };

const TOKEN = /\{\{\s*(claim:)?([A-Za-z0-9_]+)(:alone)?\s*\}\}/g;

/** Splits a paragraph into text and references. */
export function parseRichText(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(TOKEN)) {
		if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
		out.push(
			m[1] ? { kind: 'claim', id: m[2]! } : { kind: 'figure', id: m[2]!, alone: Boolean(m[3]) }
		);
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

/** The copy with references removed: what must contain no bare statistic. */
export const withoutReferences = (text: string): string => text.replace(TOKEN, ' ');

/**
 * Digit runs in copy that are not allowed: every number must be a reference, except dates
 * (years 1900–2099, a day of the month before a month name) and unit names listed here.
 */
const UNIT_NAMES = [
	/\b173(rd)?\b/,
	/\b11 September 2001\b/,
	/\b11 أيلول 2001\b/,
	/\b11ی ئەیلوولی 2001\b/
];
/** A month name after a day: English, Arabic, and Sorani (whose day takes the suffix ی: 20ی ئازار). */
const MONTHS =
	/^(?:ی\s*)?(January|February|March|April|May|June|July|August|September|October|November|December|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|کانوون|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەمووز|ئاب|ئەیلوول|تشرین)/;

export function bareStatistics(text: string): string[] {
	let rest = withoutReferences(text);
	for (const unit of UNIT_NAMES) rest = rest.replace(new RegExp(unit, 'g'), ' ');
	const bad: string[] = [];
	for (const m of rest.matchAll(/[0-9\u0660-\u0669]+(?:[.,٬٫][0-9\u0660-\u0669]+)*/g)) {
		const n = m[0];
		const after = rest.slice(m.index + n.length).trimStart();
		const isYear = /^(19|20)\d\d$/.test(n);
		const isDay = /^([1-9]|[12]\d|3[01])$/.test(n) && MONTHS.test(after);
		if (!isYear && !isDay) bad.push(n);
	}
	return bad;
}
