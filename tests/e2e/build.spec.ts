/**
 * Quality gates on the built site itself (build/): every prerendered page is valid HTML, and
 * every internal link and asset reference resolves to a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { expect, test } from './fixtures';

const BUILD = 'build';
const ORIGIN = 'http://localhost:4173';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}
const html = files(BUILD).filter((f) => f.endsWith('.html'));
/** The story's figures (`/<lang>/figures/…`) are fragments the story fetches, not pages. */
const isFragment = (f: string) => f.includes(`${sep}figures${sep}`);
const pages = html.filter((f) => !isFragment(f));
const fragments = html.filter(isFragment);
const urlOf = (file: string) =>
	`/${relative(BUILD, file).split(sep).join('/')}`.replace(/index\.html$/, '');

test('every prerendered page is valid HTML', async () => {
	expect(pages.length).toBeGreaterThan(50);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(page);
		for (const r of report.results)
			for (const m of r.messages)
				problems.push(`${urlOf(page)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems.slice(0, 30)).toEqual([]);
});

test('every story figure is valid HTML as a fragment of the story page', async () => {
	expect(fragments.length).toBeGreaterThan(20);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	// a fragment has no doctype, and its chart title is an h2 below the story's h1
	const asFragment = { rules: { 'missing-doctype': 'off', 'heading-level': 'off' } } as const;
	const problems: string[] = [];
	for (const file of fragments) {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file, asFragment);
		for (const r of report.results)
			for (const m of r.messages)
				problems.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems.slice(0, 30)).toEqual([]);
});

/** Where a URL in the build points, as a file path, or null if it is not ours. */
function target(ref: string, from: string): string | null {
	if (/^(mailto:|data:|blob:|javascript:)/.test(ref)) return null;
	const url = new URL(ref, `${ORIGIN}${from}`);
	if (url.origin !== ORIGIN && url.origin !== 'http://127.0.0.1:4173') return null;
	const path = decodeURIComponent(url.pathname);
	return path.endsWith('/') ? join(BUILD, path, 'index.html') : join(BUILD, path);
}

test('every internal link and asset reference resolves, and every in-page anchor exists', () => {
	const broken: string[] = [];
	for (const page of pages) {
		const from = urlOf(page);
		const doc = new JSDOM(readFileSync(page, 'utf8')).window.document;
		const refs = [
			...[...doc.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
			...[...doc.querySelectorAll('script[src], img[src], iframe[src]')].map((e) =>
				e.getAttribute('src')!
			)
		];
		// content inside <noscript> is markup too (the unrolled story)
		for (const ns of doc.querySelectorAll('noscript')) {
			const inner = new JSDOM(`<body>${ns.textContent}</body>`).window.document;
			refs.push(
				...[...inner.querySelectorAll('a[href]')].map((e) => e.getAttribute('href')!),
				...[...inner.querySelectorAll('img[src]')].map((e) => e.getAttribute('src')!)
			);
		}
		for (const ref of refs) {
			if (ref.startsWith('#')) {
				if (ref.length > 1 && !doc.getElementById(ref.slice(1)))
					broken.push(`${from} → ${ref} (no such id)`);
				continue;
			}
			const file = target(ref, from);
			if (file && !existsSync(file)) broken.push(`${from} → ${ref}`);
		}
	}
	expect([...new Set(broken)]).toEqual([]);
});

test('no page requests any host other than its own', async ({ page }) => {
	test.setTimeout(180_000);
	// the `guarded` fixture fails the test on any request off localhost and on console errors
	for (const file of pages) await page.goto(urlOf(file), { waitUntil: 'networkidle' });
});
