/**
 * The copy desk's checks, as functions over a built page's HTML: they read every text a reader
 * or a screen reader meets (visible text, the unrolled `<noscript>` story, alt, aria-label,
 * title, meta descriptions and card text) in the language it is marked in, and report what an
 * Arabic copy desk marked in issue 20, by class. `copyDesk.spec.ts` runs them over `build/`.
 *
 * What a check never reads: code (`code`, `pre`, `textarea`, `kbd`, `[translate="no"]`),
 * scripts and styles, elements in another language than the text around them (an English
 * name inside an Arabic sentence becomes one neutral mark), bibliographic references kept as
 * published (`[data-verbatim]`), URLs, and exact quotations of the Arabic text, which keep its
 * own spelling and punctuation.
 */
import { JSDOM } from 'jsdom';
import type { GlossaryTerm } from '../../src/lib/i18n/glossary';

export type Lang = 'ar' | 'en';
export type Kind = 'text' | 'alt' | 'aria-label' | 'title' | 'meta';

export interface Text {
	readonly kind: Kind;
	readonly lang: Lang;
	readonly text: string;
	/** Where it is, for the report: the element's tag and id or class. */
	readonly where: string;
}

/** What stands in for a run in another language inside a text (an English name in Arabic). */
export const FOREIGN = '⟪⟫';

const SKIP = 'script, style, template, code, pre, textarea, kbd, [translate="no"], [data-verbatim]';
/** Elements whose text is read as one piece (a sentence never spans two of them). */
const BLOCKS =
	'p, li, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, summary, label, button, option, legend, dt, dd, blockquote, title, text, desc, div, section, article, header, footer, main, nav, aside, figure, span.summary, span.name';
const ATTRIBUTES: readonly [string, Kind][] = [
	['alt', 'alt'],
	['aria-label', 'aria-label'],
	['aria-description', 'aria-label'],
	['aria-roledescription', 'aria-label'],
	['title', 'title'],
	['placeholder', 'title']
];
const META = [
	'meta[name="description"]',
	'meta[property="og:title"]',
	'meta[property="og:description"]',
	'meta[property="og:image:alt"]',
	'meta[name="twitter:title"]',
	'meta[name="twitter:description"]',
	'meta[name="twitter:image:alt"]'
].join(', ');

const langOf = (el: Element): Lang | null => {
	const tag = el.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);
	return tag === 'ar' || tag === 'en' ? tag : null;
};
const describe = (el: Element): string =>
	`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`;

/** `<noscript>` content as markup (the parser keeps it as text when scripting is on). */
function unrollNoscript(doc: Document): void {
	for (const ns of [...doc.querySelectorAll('noscript')]) {
		if (ns.children.length > 0) continue;
		const holder = doc.createElement('div');
		holder.innerHTML = ns.textContent ?? '';
		ns.replaceWith(holder);
	}
}

/** A `<q>` as the reader sees it: the stylesheet draws its marks, «…» in Arabic, “…” in English. */
function markQuotes(doc: Document): void {
	for (const q of doc.querySelectorAll('q')) {
		const ar = langOf(q) === 'ar';
		q.prepend(ar ? '«' : '“');
		q.append(ar ? '»' : '”');
	}
}

/** Every text of a page, each in the language it is marked in. */
export function textsOf(html: string): Text[] {
	const doc = new JSDOM(html).window.document;
	unrollNoscript(doc);
	markQuotes(doc);
	const out: Text[] = [];
	for (const el of doc.querySelectorAll(META)) {
		const lang = langOf(el);
		const text = el.getAttribute('content') ?? '';
		if (lang && text) out.push({ kind: 'meta', lang, text, where: describe(el) });
	}
	for (const el of doc.querySelectorAll('*')) {
		if (el.closest(SKIP) && el.tagName !== 'IMG') continue;
		const lang = langOf(el);
		if (!lang) continue;
		for (const [attr, kind] of ATTRIBUTES) {
			const text = el.getAttribute(attr);
			if (text != null && text.trim() !== '') out.push({ kind, lang, text, where: describe(el) });
		}
	}
	// text node by text node, gathered by the block they belong to
	const blocks = new Map<Element, { lang: Lang; parts: string[]; last: Element | null }>();
	const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const parent = n.parentElement;
		if (!parent || parent.closest(SKIP)) continue;
		const block = parent.closest(BLOCKS) ?? parent;
		const blockLang = langOf(block);
		if (!blockLang) continue;
		let entry = blocks.get(block);
		if (!entry) blocks.set(block, (entry = { lang: blockLang, parts: [], last: null }));
		const own = langOf(parent);
		const value = n.textContent ?? '';
		// text of two elements (axis ticks, table cells' spans) never runs together: 2003 2004
		const gap = entry.last && entry.last !== parent ? ' ' : '';
		if (own === blockLang) entry.parts.push(gap + value);
		else if (value.trim()) entry.parts.push(gap + FOREIGN);
		entry.last = parent;
	}
	for (const [block, { lang, parts }] of blocks) {
		const text = parts.join('').replace(/\s+/g, ' ').trim();
		if (text) out.push({ kind: 'text', lang, text, where: describe(block) });
	}
	return out;
}

// ─── the Arabic text's own words ────────────────────────────────────────────────────────────

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether a quotation is the seed text's own words: found in it exactly (spaces aside), an
 * ellipsis standing for words left out between parts found in order.
 */
export function inSeed(quote: string, seed: string): boolean {
	const text = squash(seed);
	let from = 0;
	for (const part of quote.split(/…|\.\.\./).map(squash)) {
		if (!part) continue;
		const at = text.indexOf(part, from);
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}

const GUILLEMETS = /«([^«»]+)»/g;

/** A text with its exact quotations of the seed (and URLs) taken out: they keep their spelling. */
export function withoutSeedQuotes(text: string, seed: string): string {
	return text
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(GUILLEMETS, (all, q: string) => (inSeed(q, seed) ? '«»' : all));
}

const AR = '\\u0600-\\u06FF';

// ─── the checks ─────────────────────────────────────────────────────────────────────────────

/** An id or slug: `coalition-deaths`, `view.troops`, `us_deaths_total`, `S12`. */
const ID = /^(?:[a-z0-9]+(?:[-_.][a-z0-9]+)+|[A-Z]{1,3}\d+[A-Z]?)$/;

/** A label a screen reader reads that is an identifier or an unfilled template. */
export function labelProblem(t: Text): string | null {
	if (t.kind !== 'alt' && t.kind !== 'aria-label') return null;
	const label = t.text.trim();
	if (ID.test(label)) return 'is an id';
	if (/…|\.\.\./.test(label)) return 'has an ellipsis (an unfilled placeholder?)';
	if (/[{}]/.test(label)) return 'has a template brace';
	if (t.lang === 'ar') {
		// a value read out is a count with its noun, indefinite and agreeing (2003: 486 قتيلاً),
		// never a series' name pasted after it (2003: 486 القتلى); a year may be (2006 الأكثر دموية)
		const m = label.match(new RegExp(`(?:^|: )(\\d(?:[\\d,]*\\d)?) ال[${AR}]+`, 'u'));
		if (m && !/^(?:19|20)\d\d$/.test(m[1]!))
			return `has a series name where the counted noun belongs: «${m[0].replace(/^: /, '')}»`;
	}
	return null;
}

/** Latin commas in Arabic text: the Arabic comma «،» is the one, except between digits (4,486). */
export function latinCommas(t: Text, seed: string): string[] {
	if (t.lang !== 'ar') return [];
	const text = withoutSeedQuotes(t.text, seed);
	const found: string[] = [];
	for (const m of text.matchAll(/,/g)) {
		const i = m.index;
		if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
		found.push(text.slice(Math.max(0, i - 20), i + 20));
	}
	return found;
}

/**
 * Numbers written against the house style (Western digits, thousands grouped with a comma:
 * 4,500): a count of four or more digits without grouping, or Eastern Arabic digits. Years
 * (1900–2100) stay ungrouped; numbers joined to letters are identifiers (FY2008, S104, e1001533),
 * numbers in dates, decimals, ranges of pages or file paths are not counts.
 */
export function separatorProblems(t: Text, seed: string): string[] {
	const text = withoutSeedQuotes(t.text, seed);
	const found: string[] = [];
	const ungrouped = new RegExp(
		`(?<![A-Za-z\\d.,:/_#-])\\d{4,}(?![A-Za-z\\d,/_-]|\\.\\d|:\\d)`,
		'g'
	);
	for (const m of text.matchAll(ungrouped)) {
		const n = Number(m[0]);
		if (m[0].length === 4 && n >= 1900 && n <= 2100) continue;
		found.push(m[0]);
	}
	for (const m of text.matchAll(/[٠-٩]+(?:[٬,][٠-٩]{3})*/g)) found.push(m[0]);
	return found;
}

/** The word «النص» (the text) with its prefixes: النص، والنص، للنص، بالنص، فالنص… */
const THE_TEXT = new RegExp(`(?<![${AR}])(?:و|ف)?(?:ب|ك)?(?:ال|لل)نص(?![${AR}])`, 'u');
/**
 * What introduces the text's words when the sentence before named it: «ويقول «…»»,
 * «فعبارة «…»», «ويسمّيها «…»».
 */
const SAYS = new RegExp(
	`(?<![${AR}])(?:و|ف)?(?:يقول|تقول|يذكر|يسم[ّ]?ي(?:ه|ها)?|عبارة|عبارته)(?: إن| إنه| إنها)?\\s*$`,
	'u'
);

/**
 * Quotations in guillemets that a sentence attributes to the text and that are not its words.
 * Attributed: the sentence names «النص» («يقول النص…»، «النص: …»), or the quotation follows a
 * verb of saying or «عبارة» in a paragraph that named the text. Names in guillemets that are
 * ours (the rating «دقيق جزئياً») are listed in `ours`.
 */
export function misquotes(t: Text, seed: string, ours: ReadonlySet<string> = new Set()): string[] {
	if (t.lang !== 'ar') return [];
	const found: string[] = [];
	for (const m of t.text.matchAll(GUILLEMETS)) {
		const quote = m[1]!;
		if (ours.has(quote)) continue;
		const start = m.index;
		const end = start + m[0].length;
		// the sentence around the quotation, without the quotation itself
		const head = t.text.slice(0, start);
		const before = head.split(/[.!؟?؛\n]/).pop() ?? '';
		const after = t.text.slice(end).split(/[.!؟?؛\n]/)[0] ?? '';
		const sentence = `${before} ${after}`.replace(GUILLEMETS, ' ');
		const attributed =
			THE_TEXT.test(sentence) ||
			(SAYS.test(before) && THE_TEXT.test(head.replace(GUILLEMETS, ' ')));
		if (attributed && !inSeed(quote, seed)) found.push(`«${quote}»`);
	}
	return found;
}

/** Terms the glossary bans, outside exact quotations of the seed text. */
export function glossaryProblems(
	t: Text,
	glossary: Record<Lang, readonly GlossaryTerm[]>,
	seed: string
): string[] {
	const text = withoutSeedQuotes(t.text, seed);
	const found: string[] = [];
	for (const entry of glossary[t.lang])
		for (const banned of entry.banned) {
			const hit =
				typeof banned === 'string'
					? text.includes(banned)
						? banned
						: null
					: (text.match(banned)?.[0] ?? null);
			if (hit) found.push(`«${hit}» → «${entry.term}»`);
		}
	return found;
}

/**
 * A word or phrase of up to four words said twice in a row ("at least at least", «على الأقل
 * على الأقل»): what a figure that carries its own qualifier leaves when the copy around it
 * says the qualifier too. Numbers, and the seed's own words in exact quotes, are not read.
 */
export function doubledWords(t: Text, seed: string): string[] {
	const raw = withoutSeedQuotes(t.text, seed).split(/[\s\u00A0\u200F\u200E]+/);
	const words = raw.map((w) => w.replace(/^[(«“"']+|[)»”"'.,،؛:;!?؟]+$/gu, ''));
	/** Punctuation after a word ends the phrase: "(Iraq Body Count), Count" is two phrases. */
	const ends = raw.map((w) => /[)»”"'.,،؛:;!?؟]$/u.test(w));
	const found: string[] = [];
	for (let n = 1; n <= 4; n++)
		for (let i = 0; i + 2 * n <= words.length; i++) {
			const a = words.slice(i, i + n);
			const b = words.slice(i + n, i + 2 * n);
			if (a.some((w) => w === '' || /\d/.test(w) || w === FOREIGN)) continue;
			if (ends[i + n - 1]) continue;
			// a spelled-out acronym repeats its letters: «بي بي سي» (BBC)
			if (n === 1 && a[0]!.length < 3) continue;
			if (a.join(' ') === b.join(' ')) found.push(a.join(' '));
		}
	return found;
}

/**
 * Parentheses inside parentheses («(نسخة محفوظة (…))», "(data (2012))"): the copy desk
 * rewrites them as clauses. Exact quotations of the seed keep their own punctuation.
 */
export function nestedParentheses(t: Text, seed: string): string[] {
	const text = withoutSeedQuotes(t.text, seed);
	const found: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '(') {
			if (depth === 0) start = i;
			depth++;
			if (depth === 2) found.push(text.slice(start, text.indexOf(')', i) + 2).slice(0, 80));
		} else if (text[i] === ')' && depth > 0) depth--;
	}
	return found;
}

const arabicPlural = new Intl.PluralRules('ar');

/**
 * Thousands that do not agree with their number: after 3–10 (and 103, 405…) the plural «آلاف»,
 * otherwise «ألف» (before a noun) or «ألفاً» (alone): «405 ألف» and «290 آلاف» are wrong.
 */
export function thousandsDisagree(t: Text, seed: string): string[] {
	if (t.lang !== 'ar') return [];
	const found: string[] = [];
	for (const m of withoutSeedQuotes(t.text, seed).matchAll(
		/(\d[\d,]*)\s(آلاف|ألفاً|ألف)(?![\u0600-\u06FF])/gu
	)) {
		const few = arabicPlural.select(Number(m[1]!.replace(/,/g, ''))) === 'few';
		if (few !== (m[2] === 'آلاف')) found.push(m[0]);
	}
	return found;
}

/** The site's own claim ids (C09, C03B) in a reader's text: say which claim in words. */
export const claimIds = (t: Text): string[] =>
	[...t.text.matchAll(/\bC\d\dB?\b/gu)].map((m) => m[0]);
