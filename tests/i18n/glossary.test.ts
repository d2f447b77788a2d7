import { LANGS } from '$lib/i18n/lang';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '$lib/i18n/glossary';
import { withoutSeedQuotes } from '../e2e/copyDesk';

const SEED = readFileSync('data/raw/iraq-war-ar.txt', 'utf8');

const matches = (banned: string | RegExp, text: string) =>
	typeof banned === 'string' ? text.includes(banned) : banned.test(text);
/** The term as it stands in copy: a note in parentheses is for the editor. */
const termOf = (term: string) => term.replace(/\s*\(.*\)$/, '');

describe('the house glossary', () => {
	for (const lang of LANGS)
		for (const entry of GLOSSARY[lang])
			it(`${lang}: «${entry.term}» is not banned by its own variants, and says why`, () => {
				expect(entry.banned.filter((b) => matches(b, termOf(entry.term)))).toEqual([]);
				expect(entry.why.length).toBeGreaterThan(10);
			});

	it('the story copy keeps to it, outside exact quotations of the text (the build checks every page)', () => {
		for (const lang of LANGS) {
			const copy = readFileSync(`src/content/story.${lang}.aml`, 'utf8')
				.split('\n')
				.filter((line) => !line.startsWith('#'))
				.join('\n');
			const found = GLOSSARY[lang].flatMap((e) =>
				e.banned
					.filter((b) => matches(b, withoutSeedQuotes(copy, SEED)))
					.map((b) => `${String(b)} → ${e.term}`)
			);
			expect(found).toEqual([]);
		}
	});
});
