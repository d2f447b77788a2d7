#!/usr/bin/env node
/**
 * Compares the reader-facing text of two builds, page by page: what a move of words (into the
 * message catalogs, say) must leave unchanged. For every HTML page: its text nodes and the
 * attributes a reader or a screen reader meets (alt, aria-label, title, placeholder, content of
 * description and Open Graph meta tags), scripts and styles left out; for every JSON, CSV and SVG
 * file, its whole content. Prints each page that differs with its first difference, and exits 1
 * if any does.
 *
 *   node scripts/compare-built-text.mjs <before-build-dir> <after-build-dir> [--only=ar,en]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
if (!before || !after) {
	console.error(
		'usage: compare-built-text.mjs <before-build-dir> <after-build-dir> [--only=ar,en]'
	);
	process.exit(2);
}

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** @param {string} s */
const decode = (s) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
		e[0] === '#'
			? String.fromCodePoint(
					e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
				)
			: (ENTITIES[/** @type {keyof ENTITIES} */ (e.toLowerCase())] ?? m)
	);

const READ_ATTRIBUTES = /\s(alt|aria-label|aria-description|title|placeholder)="([^"]*)"/g;
const META =
	/<meta\s[^>]*(?:name|property)="(description|og:[a-z:]+|twitter:[a-z:]+)"[^>]*content="([^"]*)"/g;

/** The page's reader-facing text, one item per line. @param {string} html */
export function readerText(html) {
	const body = html
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<style\b[\s\S]*?<\/style>/gi, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	const out = [];
	for (const [, name, value] of body.matchAll(META)) out.push(`meta ${name}: ${decode(value)}`);
	for (const tag of body.match(/<[^>]+>/g) ?? [])
		for (const [, name, value] of tag.matchAll(READ_ATTRIBUTES))
			out.push(`@${name}: ${decode(value)}`);
	const text = decode(body.replace(/<[^>]+>/g, '\n'))
		.split('\n')
		.map((l) => l.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return [...out, ...text];
}

/** @param {string} path */
const textOf = (path) => {
	const raw = readFileSync(path, 'utf8');
	return path.endsWith('.html') ? readerText(raw) : raw.split('\n');
};

const wanted = (rel) =>
	/\.(html|json|csv|svg)$/.test(rel) &&
	!rel.startsWith('_app/') &&
	// SvelteKit's hydration payloads are data, not text: the pages they hydrate are compared
	!rel.endsWith('__data.json') &&
	(!only || only.some((l) => rel.startsWith(`${l}/`)) || !/^[a-z]{2,3}\//.test(rel));

const beforeFiles = new Set(
	files(before)
		.map((f) => relative(before, f))
		.filter(wanted)
);
const afterFiles = new Set(
	files(after)
		.map((f) => relative(after, f))
		.filter(wanted)
);
let differ = 0;
for (const rel of [...beforeFiles].sort()) {
	if (!afterFiles.has(rel)) {
		console.log(`missing after: ${rel}`);
		differ++;
		continue;
	}
	const a = textOf(join(before, rel));
	const b = textOf(join(after, rel));
	const i = a.findIndex((line, k) => line !== b[k]);
	if (i === -1 && a.length === b.length) continue;
	const k = i === -1 ? Math.min(a.length, b.length) : i;
	differ++;
	console.log(`${rel}:${k + 1}\n  before: ${a[k] ?? '(end)'}\n  after:  ${b[k] ?? '(end)'}`);
}
const added = [...afterFiles].filter((f) => !beforeFiles.has(f));
console.log(
	`${beforeFiles.size} files compared, ${differ} differ` +
		(added.length ? `; ${added.length} new (not compared)` : '')
);
process.exit(differ ? 1 : 0);
