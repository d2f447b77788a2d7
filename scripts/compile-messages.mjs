#!/usr/bin/env node
/**
 * Compiles the message catalogs (`src/lib/i18n/catalogs/<lang>.json`, one per edition, ICU
 * MessageFormat, the format translators' tools read) into `src/lib/i18n/catalog.gen.ts`, so no
 * message parser ships to readers: a plain message becomes a string, a plural message the
 * phrase for each CLDR category (what `plural()` fills in), a message with placeholders a
 * function of them. It refuses, naming the catalog and the key:
 * - a key missing from a catalog, or one no other catalog has;
 * - placeholders that differ from the first edition's;
 * - a plural message whose categories are not exactly its language's CLDR categories
 *   (`Intl.PluralRules`): Arabic zero, one, two, few, many, other; English one, other;
 * - ICU it does not compile (select, dates, a plural inside a longer sentence): say it in words.
 *
 *   node scripts/compile-messages.mjs           # writes catalog.gen.ts
 *   node scripts/compile-messages.mjs --check   # exits 1 if catalog.gen.ts is out of date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, isPluralElement, parse } from '@formatjs/icu-messageformat-parser';

const DIR = 'src/lib/i18n/catalogs';
const OUT = 'src/lib/i18n/catalog.gen.ts';
/** The first edition: every catalog is held to its keys and placeholders. */
const FIRST = 'ar';

export class CatalogError extends Error {}

/**
 * @typedef {{ text: string } | { arg: string }} Part
 * @typedef {{ kind: 'string', placeholders: string[], text: string }
 *   | { kind: 'plural', placeholders: string[], forms: Record<string, string> }
 *   | { kind: 'function', placeholders: string[], parts: Part[] }} Compiled
 * @typedef {import('@formatjs/icu-messageformat-parser').MessageFormatElement} Element
 */

/**
 * One message, compiled: a string, plural forms, or a function of its placeholders.
 * @param {string} lang
 * @param {string} key
 * @param {string} text
 * @returns {Compiled}
 */
function compile(lang, key, text) {
	let ast;
	try {
		ast = parse(text, { ignoreTag: true, requiresOtherClause: true });
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		throw new CatalogError(`${lang}.json "${key}": not ICU MessageFormat (${why})`);
	}
	const whole = ast.length === 1 ? ast[0] : undefined;
	if (whole && isPluralElement(whole)) {
		const el = whole;
		/** @type {string[]} */
		const wanted = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		const given = Object.keys(el.options);
		const missing = wanted.filter((c) => !given.includes(c));
		const extra = given.filter((c) => !wanted.includes(c));
		if (missing.length || extra.length)
			throw new CatalogError(
				`${lang}.json "${key}": plural categories must be ${wanted.join(', ')}` +
					(missing.length ? `; missing ${missing.join(', ')}` : '') +
					(extra.length ? `; not a ${lang} category: ${extra.join(', ')}` : '')
			);
		/** @type {Record<string, string>} */
		const forms = {};
		for (const c of wanted) forms[c] = phrase(lang, key, el.options[c]?.value ?? []);
		return { kind: 'plural', placeholders: [`${el.value}:plural`], forms };
	}
	/** @type {string[]} */
	const placeholders = [];
	/** @type {Part[]} */
	const parts = ast.map((el) => {
		if (el.type === TYPE.literal) return { text: el.value };
		if (el.type === TYPE.argument) {
			placeholders.push(`${el.value}:text`);
			return { arg: el.value };
		}
		throw new CatalogError(
			`${lang}.json "${key}": only text, {placeholders} and a whole-message plural compile here`
		);
	});
	return placeholders.length
		? { kind: 'function', placeholders: [...new Set(placeholders)].sort(), parts }
		: {
				kind: 'string',
				placeholders,
				text: parts.map((p) => ('text' in p ? p.text : '')).join('')
			};
}

/**
 * A plural category's phrase: text and `#` (the formatted number) only.
 * @param {string} lang
 * @param {string} key
 * @param {Element[]} elements
 */
function phrase(lang, key, elements) {
	return elements
		.map((el) => {
			if (el.type === TYPE.literal) return el.value;
			if (el.type === TYPE.pound) return '#';
			throw new CatalogError(`${lang}.json "${key}": a plural phrase holds text and # only`);
		})
		.join('');
}

/**
 * Every catalog, read, compiled and held to the first edition's keys and placeholders.
 * @param {string} [dir]
 */
export function compileCatalogs(dir = DIR) {
	const langs = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.slice(0, -5));
	if (!langs.includes(FIRST)) throw new CatalogError(`no ${FIRST}.json in ${dir}`);
	const order = [FIRST, ...langs.filter((l) => l !== FIRST).sort()];
	/** @type {Record<string, Record<string, Compiled>>} */
	const catalogs = {};
	for (const lang of order) {
		const raw = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8'));
		catalogs[lang] = {};
		for (const [key, text] of Object.entries(raw)) {
			if (typeof text !== 'string') throw new CatalogError(`${lang}.json "${key}": not a string`);
			catalogs[lang][key] = compile(lang, key, text);
		}
	}
	const first = catalogs[FIRST] ?? {};
	for (const lang of order.slice(1)) {
		const these = catalogs[lang] ?? {};
		for (const key of Object.keys(first))
			if (!(key in these)) throw new CatalogError(`${lang}.json: "${key}" is missing`);
		for (const key of Object.keys(these)) {
			if (!(key in first)) throw new CatalogError(`${lang}.json: "${key}" is not in ${FIRST}.json`);
			const a = first[key]?.placeholders.join(', ');
			const b = these[key]?.placeholders.join(', ');
			if (a !== b)
				throw new CatalogError(
					`${lang}.json "${key}": placeholders {${b}}, ${FIRST}.json has {${a}}`
				);
		}
	}
	return { langs: order, catalogs };
}

/** @param {string} s */
const literal = (s) => JSON.stringify(s);

/** @param {Compiled} message */
function emit(message) {
	if (message.kind === 'string') return literal(message.text);
	if (message.kind === 'plural')
		return `{ ${Object.entries(message.forms)
			.map(([c, p]) => `${c}: ${literal(p)}`)
			.join(', ')} }`;
	const names = message.placeholders.map((p) => p.split(':')[0]);
	const body = message.parts.map((p) =>
		'arg' in p ? `\${a.${p.arg}}` : p.text.replace(/[`\\]|\$(?=\{)/g, '\\$&')
	);
	return `(a: { ${names.map((n) => `${n}: string`).join('; ')} }) => \`${body.join('')}\``;
}

/** @param {string} [dir] */
export function generate(dir = DIR) {
	const { langs, catalogs } = compileCatalogs(dir);
	const lines = [
		'// Generated by scripts/compile-messages.mjs from src/lib/i18n/catalogs/*.json: do not edit.',
		'// Edit the catalogs; `npm run build` (or `node scripts/compile-messages.mjs`) writes this file.',
		'export const CATALOG_LANGS = ' + JSON.stringify(langs) + ' as const;',
		'',
		'export const CATALOGS = {'
	];
	for (const lang of langs) {
		lines.push(`\t${lang}: {`);
		for (const [key, message] of Object.entries(catalogs[lang] ?? {}))
			lines.push(`\t\t${literal(key)}: ${emit(message)},`);
		lines.push('\t},');
	}
	lines.push('} as const;', '');
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const text = generate();
		if (process.argv.includes('--check')) {
			let current = '';
			try {
				current = readFileSync(OUT, 'utf8');
			} catch {
				/* missing counts as out of date */
			}
			if (current !== text) {
				console.error(`${OUT} is out of date: run node scripts/compile-messages.mjs`);
				process.exit(1);
			}
		} else writeFileSync(OUT, text);
	} catch (e) {
		if (e instanceof CatalogError) {
			console.error(`message catalogs: ${e.message}`);
			process.exit(1);
		}
		throw e;
	}
}
