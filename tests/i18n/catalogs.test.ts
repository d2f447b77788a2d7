import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The compiler is plain JavaScript so it runs before any build; it is tested here.
import { CatalogError, compileCatalogs, generate } from '../../scripts/compile-messages.mjs';
import { CATALOGS, CATALOG_LANGS } from '$lib/i18n/catalog.gen';
import { EDITION_LANGS, LANGS } from '$lib/i18n/lang';

/** A catalog directory of its own, for the compiler's refusals. */
function catalogsIn(files: Record<string, Record<string, string>>): string {
	const dir = mkdtempSync(join(tmpdir(), 'catalogs-'));
	for (const [lang, messages] of Object.entries(files))
		writeFileSync(join(dir, `${lang}.json`), JSON.stringify(messages));
	return dir;
}

describe('the message catalogs', () => {
	it('are compiled: catalog.gen.ts is what the compiler writes from them', () => {
		expect(readFileSync('src/lib/i18n/catalog.gen.ts', 'utf8')).toBe(generate());
	});

	it('are one per edition', () => {
		expect([...CATALOG_LANGS].sort()).toEqual([...EDITION_LANGS].sort());
	});

	it('hold the same keys in every edition', () => {
		const keys = Object.keys(CATALOGS.ar).sort();
		for (const lang of LANGS) expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual(keys);
	});

	it('give each plural exactly its language’s CLDR categories', () => {
		let plurals = 0;
		for (const lang of LANGS) {
			const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
			for (const [key, message] of Object.entries(CATALOGS[lang]))
				if (typeof message === 'object') {
					plurals++;
					expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual(categories);
				}
		}
		expect(plurals).toBeGreaterThan(20);
	});
});

describe('the catalog compiler refuses, naming the file and the key', () => {
	const refusal = (files: Record<string, Record<string, string>>) => {
		try {
			compileCatalogs(catalogsIn(files));
		} catch (e) {
			expect(e).toBeInstanceOf(CatalogError);
			return (e as Error).message;
		}
		return 'compiled';
	};

	it('a key one catalog lacks', () => {
		expect(refusal({ ar: { a: 'أ', b: 'ب' }, en: { a: 'A' } })).toBe('en.json: "b" is missing');
	});

	it('a key only one catalog has', () => {
		expect(refusal({ ar: { a: 'أ' }, en: { a: 'A', c: 'C' } })).toBe(
			'en.json: "c" is not in ar.json'
		);
	});

	it('placeholders that differ from the first edition’s', () => {
		expect(refusal({ ar: { a: 'في {year}' }, en: { a: 'in {date}' } })).toBe(
			'en.json "a": placeholders {date:text}, ar.json has {year:text}'
		);
	});

	it('a plural without its language’s categories, or with another language’s', () => {
		expect(
			refusal({
				ar: { n: '{count, plural, one {قتيل واحد} other {# قتيل}}' },
				en: { n: '{count, plural, one {# death} other {# deaths}}' }
			})
		).toBe(
			'ar.json "n": plural categories must be few, many, one, two, zero, other; missing few, many, two, zero'
		);
		expect(
			refusal({
				ar: {
					n: '{count, plural, zero {لا} one {واحد} two {اثنان} few {# قليل} many {# كثير} other {# آخر}}'
				},
				en: { n: '{count, plural, one {# death} two {# deaths} other {# deaths}}' }
			})
		).toBe('en.json "n": plural categories must be one, other; not a en category: two');
	});

	it('text that is not ICU MessageFormat', () => {
		expect(refusal({ ar: { a: 'قوس {مفتوح' }, en: { a: 'open {brace' } })).toMatch(
			/^ar\.json "a": not ICU MessageFormat/
		);
	});
});
