/**
 * The Arabic-script editions as their readers get them: no English on any /ar/ or /ckb/ page,
 * except what is marked as another language (an element with another `lang`, or
 * `translate="no"` for file names and identifiers), code the reader copies, and a short
 * reviewed list of names kept in Latin script the way Arab and Kurdish newsrooms print them.
 * And the Kurdish edition in Sorani letters: never the Arabic ي ك ة ى in Kurdish words (the
 * Arabic text's own words are quoted in elements marked `lang="ar"`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { EDITIONS, LANGS, type Lang } from '../../src/lib/i18n/lang';
import { expect, test } from './fixtures';

/** The right-to-left, Arabic-script editions. */
const RTL_LANGS = LANGS.filter((l) => EDITIONS[l].dir === 'rtl');

/** Names printed in Latin script in Arabic text, as Arabic newsrooms do; reviewed, kept short. */
const LATIN_NAMES = new Set([
	'iCasualties',
	'Iraq Body Count',
	'Natural Earth',
	'OpenStreetMap',
	'Factmonster',
	'ORB',
	'Reference.com',
	'PNG',
	'SVG',
	'CSV',
	'JSON'
]);
/** Source and claim ids (S12, C06B): identifiers, not words. */
const IDS = /\b[SC]\d+B?\b/g;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.html') ? [path] : [];
	});
}

/** A page's visible text in its own language: elements marked as another language left out. */
function ownText(html: string, lang: Lang): string {
	const doc = new JSDOM(html).window.document;
	for (const el of doc.querySelectorAll(
		`script, style, template, code, pre, textarea, kbd, [translate="no"], [lang]:not([lang="${lang}"])`
	))
		el.remove();
	// text node by text node, so words of neighbouring cells or buttons never run together
	const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
	const parts: string[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
	return parts.join('\n');
}

/** The Latin-script runs of a page's visible text, outside the elements that may hold them. */
export function latinRuns(html: string, lang: Lang = 'ar'): string[] {
	let text = ownText(html, lang).replace(IDS, ' ');
	for (const name of LATIN_NAMES) text = text.replaceAll(name, ' ');
	return [...text.matchAll(/[A-Za-z][A-Za-z0-9’'.&-]*(?:[ ,]+[A-Za-z][A-Za-z0-9’'.&-]*)*/g)].map(
		(m) => m[0].replace(/[.,]+$/, '')
	);
}

for (const lang of RTL_LANGS)
	test(`no English on any /${lang}/ page, outside names, titles, code and marked elements`, () => {
		const pages = files(`build/${lang}`);
		expect(pages.length).toBeGreaterThan(20);
		const found = pages.flatMap((page) =>
			[...new Set(latinRuns(readFileSync(page, 'utf8'), lang))].map((run) => `${page}: ${run}`)
		);
		expect(found).toEqual([]);
	});

/** Arabic letters Sorani writes otherwise: ي → ی, ك → ک, ة and ى never. */
const NOT_SORANI = /[يكةى]/;
/** Each Kurdish word holding a letter Sorani does not write. */
export const nonSoraniWords = (html: string): string[] =>
	[...ownText(html, 'ckb').matchAll(/[\u0600-\u06FF]+/g)]
		.map((m) => m[0])
		.filter((w) => NOT_SORANI.test(w));

if ((LANGS as readonly string[]).includes('ckb'))
	test('every /ckb/ page is in Sorani letters (the Arabic text quoted as Arabic, marked so)', () => {
		const pages = files('build/ckb');
		expect(pages.length).toBeGreaterThan(20);
		const found = pages.flatMap((page) =>
			[...new Set(nonSoraniWords(readFileSync(page, 'utf8')))].map((w) => `${page}: ${w}`)
		);
		expect(found).toEqual([]);
	});

test('the Sorani check catches an Arabic spelling, and lets a marked Arabic quotation be', () => {
	const html = '<body dir="rtl"><p>کوردستان كوردستان <q lang="ar">قتيل</q> هێرشی عێراق</p></body>';
	expect(nonSoraniWords(html)).toEqual(['كوردستان']);
});

test('the check catches an English sentence left in Arabic copy', () => {
	const html =
		'<body dir="rtl"><p>نص عربي the text says this</p><bdi lang="en">Reuters</bdi></body>';
	expect(latinRuns(html)).toEqual(['the text says this']);
});

test('/ar/ at 390 px: a list of sources runs right to left, each source one left-to-right unit', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/ar/');
	await page.evaluate(() =>
		document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true))
	);
	const lists = await page.locator('.sources').evaluateAll((els) =>
		els
			.map((el) =>
				[...el.querySelectorAll(':scope > bdi.source-ref')].map((b) => {
					const rects = [...b.getClientRects()];
					const first = rects[0]!;
					return {
						dir: b.getAttribute('dir'),
						id: b.getAttribute('data-source'),
						right: first.right,
						top: first.top,
						visible: first.width > 0
					};
				})
			)
			.filter((entries) => entries.length > 1 && entries.every((e) => e.visible))
	);
	expect(lists.length).toBeGreaterThan(5);
	for (const entries of lists)
		entries.forEach((e, i) => {
			expect(e.dir, e.id!).toBe('ltr');
			if (i === 0) return;
			const prev = entries[i - 1]!;
			// the next source starts to the left of the previous one, or on a lower line
			expect(e.top > prev.top + 2 || e.right < prev.right, `${prev.id} → ${e.id}`).toBe(true);
		});
	await context.close();
});
