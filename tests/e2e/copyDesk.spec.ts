/**
 * The Arabic copy desk's marks (issue 20), by class, over every text of the built site: every
 * page, story figure and embed, both editions. Each check is a function in `copyDesk.ts`; the
 * last tests show each one catching what it is for, and passing what it must not flag.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { GLOSSARY } from '../../src/lib/i18n/glossary';
import { RATING_TEXT } from '../../src/lib/i18n/ratings';
import {
	doubledWords,
	nestedParentheses,
	glossaryProblems,
	labelProblem,
	latinCommas,
	misquotes,
	separatorProblems,
	claimIds,
	textsOf,
	thousandsDisagree,
	type Text
} from './copyDesk';

const BUILD = 'build';
/** The Arabic text the story reads, as committed beside the data (its SHA-256 is checked in tests/data). */
const SEED = readFileSync('data/raw/iraq-war-ar.txt', 'utf8');
/** Names of ours in guillemets that a sentence about the text may hold: the ratings. */
const OURS = new Set(Object.values(RATING_TEXT).map((r) => r.ar.name));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.html') ? [path] : [];
	});
}
const urlOf = (file: string) =>
	`/${relative(BUILD, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Every oEmbed response, as the text a host shows: its title and its HTML's blockquote. */
function oembeds(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? oembeds(path) : path.endsWith('.json') ? [path] : [];
	});
}
const oembedPage = (file: string) => {
	const o = JSON.parse(readFileSync(file, 'utf8')) as { title: string; html: string };
	const lang = relative(join(BUILD, 'oembed'), file).split(sep)[0];
	return `<html lang="${lang}"><head><title>${o.title}</title></head><body>${o.html}</body></html>`;
};

/** Every built page's texts, and every oEmbed's, read once. */
const pages: { url: string; texts: Text[] }[] = [
	...files(BUILD).map((f) => ({ url: urlOf(f), texts: textsOf(readFileSync(f, 'utf8')) })),
	...oembeds(join(BUILD, 'oembed')).map((f) => ({
		url: `/${relative(BUILD, f).split(sep).join('/')}`,
		texts: textsOf(oembedPage(f))
	}))
];

/** One line per problem, each once per page: "url <where> kind: problem". */
function report(check: (t: Text) => string[]): string[] {
	return pages.flatMap(({ url, texts }) => [
		...new Set(
			texts.flatMap((t) => check(t).map((p) => `${url} ${t.where} ${t.kind} [${t.lang}]: ${p}`))
		)
	]);
}

test('the checks read every page, story figure and embed of both editions', () => {
	for (const prefix of ['/ar/', '/en/', '/ar/figures/', '/en/figures/', '/ar/embed/', '/en/embed/'])
		expect(pages.filter((p) => p.url.startsWith(prefix)).length).toBeGreaterThan(5);
	expect(pages.flatMap((p) => p.texts).filter((t) => t.lang === 'ar').length).toBeGreaterThan(1000);
	expect(pages.filter((p) => p.url.startsWith('/oembed/ar/')).length).toBeGreaterThan(5);
});

test('Arabic thousands agree with their number («405 آلاف»، «290 ألفاً»، «290 ألف جندي»)', () => {
	expect(report((t) => thousandsDisagree(t, SEED).map((w) => `“${w}”`))).toEqual([]);
});

test('no internal claim id (C09) in a reader’s text', () => {
	expect(report((t) => claimIds(t).map((w) => `“${w}”`))).toEqual([]);
});

test('no alt or aria-label is an id or slug, holds an ellipsis or a template brace, or pastes a series name after a count', () => {
	expect(
		report((t) => {
			const p = labelProblem(t);
			return p ? [`«${t.text}» ${p}`] : [];
		})
	).toEqual([]);
});

test('Arabic text uses the Arabic comma «،»; a Latin comma only groups digits', () => {
	expect(report((t) => latinCommas(t, SEED).map((c) => `“${c}”`))).toEqual([]);
});

test('one thousands-separator style in each edition: Western digits grouped with a comma', () => {
	expect(report((t) => separatorProblems(t, SEED))).toEqual([]);
});

test('every quotation in guillemets that a sentence gives to the text is the text’s own words', () => {
	expect(report((t) => misquotes(t, SEED, OURS))).toEqual([]);
});

test('every text keeps to the house glossary (src/lib/i18n/glossary.ts)', () => {
	expect(report((t) => glossaryProblems(t, GLOSSARY, SEED))).toEqual([]);
});

test('no word or phrase is said twice in a row (a figure’s own qualifier repeated by the copy)', () => {
	expect(report((t) => doubledWords(t, SEED).map((w) => `“${w} ${w}”`))).toEqual([]);
});

test('no parentheses inside parentheses in any text (the copy desk rewrites them as clauses)', () => {
	expect(report((t) => nestedParentheses(t, SEED).map((p) => `“${p}”`))).toEqual([]);
});

// ─── the checks themselves ──────────────────────────────────────────────────────────────────

const page = (body: string, lang = 'ar') => `<html lang="${lang}"><body>${body}</body></html>`;
const one = (body: string, lang = 'ar') => textsOf(page(body, lang));

test('the thousands check flags a thousand that disagrees with its number, and the id check an id', () => {
	const [t] = one('<p>نحو 405 ألف وفاة ونحو 290 ألفاً و10 آلاف و500 ألف جندي و103 ألف</p>');
	expect(thousandsDisagree(t!, '')).toEqual(['405 ألف', '103 ألف']);
	const [e] = one('<p>The drop (C05) is now rated; C1000 and CO2 are not ids.</p>', 'en');
	expect(claimIds(e!)).toEqual(['C05']);
});

test('the label check flags ids, placeholders and braces, not words', () => {
	const labels = one(
		'<section aria-label="coalition-deaths"></section><img alt="النص: أكثر من … قتيل" src="x">' +
			'<svg aria-label="{n} قتيل"></svg><section aria-label="قتلى التحالف"></section><img alt="" src="y">' +
			'<button aria-label="2003: 486 القتلى"></button><button aria-label="2003: 486 قتيلاً"></button>' +
			'<button aria-label="اللواء 173 المحمول جواً"></button><p aria-label="2006 الأكثر دموية"></p>'
	);
	expect(labels.map(labelProblem).filter(Boolean)).toEqual([
		'is an id',
		'has an ellipsis (an unfilled placeholder?)',
		'has a template brace',
		'has a series name where the counted noun belongs: «486 القتلى»'
	]);
});

test('the comma check flags Latin commas in Arabic, not in numbers, English or exact quotes', () => {
	const seed = 'وفي 26 من آذار, باشرت الكتيبة';
	const texts = one(
		'<p>20 آذار 2003, بغداد</p><p>المصادر: S12, S13</p><p>4,486 قتيلاً</p>' +
			'<p>يقول النص «وفي 26 من آذار, باشرت الكتيبة»</p><p>رويترز <bdi lang="en">Reuters, AP</bdi></p>' +
			'<p><a href="https://example.org/a,b">رابط</a></p><p lang="en">Reuters, AP</p>'
	);
	expect(texts.flatMap((t) => latinCommas(t, seed))).toEqual([
		'20 آذار 2003, بغداد',
		'المصادر: S12, S13'
	]);
});

test('the separator check flags ungrouped counts and Eastern digits, not years, ids or dates', () => {
	const seed = 'ونحو 4500 جريح';
	const texts = one(
		'<p>نحو 5800 جندي و4500 جريح</p><p>في 2003 و2011، السنة المالية FY2008، المصدر S104</p>' +
			'<p>2003-03-20 و142.1 و4,486 و10:30</p><p>يقول النص «ونحو 4500 جريح»</p><p>٤٬٤٨٦</p>'
	);
	expect(texts.flatMap((t) => separatorProblems(t, seed))).toEqual(['5800', '4500', '٤٬٤٨٦']);
});

test('the quotation check flags words given to the text that it does not have', () => {
	const seed = 'هذه الحرب كلفت الولايات المتحدة ... وعدة مليارات من الدولار';
	const texts = one(
		'<p>النص: «كلفت الحرب الولايات المتحدة عدة مليارات من الدولارات»</p>' +
			'<p>ويقول النص إن الحرب كلّفت «عدة مليارات من الدولار».</p>' +
			'<p>ويقول النص ذلك. أما مشروع «تكاليف الحرب» فيقدّر غير ذلك.</p>' +
			'<p>يقول النص «هذه الحرب … من الدولار»</p>' +
			'<p>ويقول النص ذلك، ويقول «أكثر من 4,000 قتيل».</p><p>فصار «دقيق جزئياً» لأن النص يقول ذلك.</p>'
	);
	expect(texts.flatMap((t) => misquotes(t, seed, new Set(['دقيق جزئياً'])))).toEqual([
		'«كلفت الحرب الولايات المتحدة عدة مليارات من الدولارات»',
		'«أكثر من 4,000 قتيل»'
	]);
});

test('the glossary check flags banned variants, not the seed’s spelling in an exact quote', () => {
	const seed = 'وقوات بيشمركة كوردستان بقيادة';
	const texts = one(
		'<p>قوات البيشمركة الكردستانية</p><p>القوة متعددة الجنسيات</p><p>صحيفة «الغارديان» والغارديان</p>' +
			'<p>يقول النص «وقوات بيشمركة كوردستان بقيادة»</p><p>الحصيلات والحصائل</p>' +
			'<p>مصادر <bdi lang="en">GitHub</bdi></p>'
	);
	expect(texts.flatMap((t) => glossaryProblems(t, GLOSSARY, seed))).toEqual([
		'«البيشمركة الكردستانية» → «البيشمركة الكردية»',
		'«القوة متعددة الجنسيات» → «القوة المتعددة الجنسيات»',
		'«الغارديان» → ««الغارديان»»',
		'«الحصيلات» → «الحصائل»'
	]);
});

test('the doubled-words check flags a repeated phrase, not repeated numbers or the seed’s words', () => {
	const [ar] = one('<p>منها 3,527 على الأقل على الأقل بأعمال عدائية</p>');
	expect(doubledWords(ar!, SEED)).toEqual(['على الأقل']);
	const [en] = one('<p>at least at least 3,527 of them; 10 10 and S1 S1</p>', 'en');
	expect(doubledWords(en!, SEED)).toEqual(['at least']);
	const [clean] = one('<p>منها 3,527 على الأقل بأعمال عدائية (بي بي سي)</p>');
	expect(doubledWords(clean!, SEED)).toEqual([]);
	const [phrases] = one('<p>Civilians killed (Iraq Body Count), Count</p>', 'en');
	expect(doubledWords(phrases!, SEED)).toEqual([]);
});

test('the nested-parentheses check flags a parenthesis in a parenthesis, not two side by side', () => {
	const [nested] = one('<p>المصدر (نسخة محفوظة (تاريخها غير معروف))</p>');
	expect(nestedParentheses(nested!, SEED)).toHaveLength(1);
	const [side] = one('<p>المصدر (نسخة محفوظة) (2012)</p>');
	expect(nestedParentheses(side!, SEED)).toEqual([]);
});
