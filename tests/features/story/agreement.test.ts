/**
 * The Arabic copy types the noun after each number; this checks it agrees with the number the
 * build puts there, by the CLDR rules, so a figure that changes (4,486 to 4,805, say) cannot
 * leave «4,805 قتيلاً» on the page. A round approximate figure is printed with «ألف», after which
 * the noun is singular.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureText } from '$lib/i18n/figureWords';
import { NOUNS } from '$lib/i18n/nouns';
import { pluralCategory } from '$lib/i18n/plural';
import { checkedClaims, headlineFigures, isFigureId } from '$lib/stats';
import { settingsFor } from '$lib/i18n';
import { realData } from '../../helpers';

const d = realData();
const figures = headlineFigures(d);
const claimed = new Map(checkedClaims(d, figures).map((c) => [c.id, c.claimed]));
const bare = (w: string) => w.replace(/[\u064B-\u0652]/g, '');

/** Each Arabic noun form (its first word after the number) and the categories that use it. */
const FORMS = new Map<string, Set<string>>();
for (const noun of Object.values(NOUNS))
	for (const [category, phrase] of Object.entries(noun.ar)) {
		if (!phrase.startsWith('# ')) continue;
		const word = bare(phrase.slice(2).split(' ')[0]!);
		FORMS.set(word, (FORMS.get(word) ?? new Set()).add(category));
	}

describe('Arabic copy: the noun after each number agrees with it', () => {
	// comment lines (the file's own instructions) are not copy
	const text = readFileSync('src/content/story.ar.aml', 'utf8')
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('\n');
	const uses = [...text.matchAll(/\{\{(claim:)?([A-Za-z0-9_]+)\}\}\s+([\u0600-\u06FF]+)/g)];
	it('finds the numbers of the copy (the check is not vacuous)', () =>
		expect(uses.length).toBeGreaterThan(12));
	for (const [, isClaim, id, word] of uses) {
		const noun = bare(word!);
		if (!FORMS.has(noun)) continue;
		it(`{{${isClaim ?? ''}${id}}} ${word}`, () => {
			let category: string;
			if (isClaim) category = pluralCategory(claimed.get(id!)!, 'ar');
			else {
				expect(isFigureId(id!)).toBe(true);
				const f = figures[id as keyof typeof figures];
				// «290 ألف جندي»: after a thousands word the noun is singular ("other")
				const printed = figureText(f, settingsFor('ar'));
				category = /ألف|مليون/.test(printed) ? 'other' : pluralCategory(f.value, 'ar');
			}
			expect([...FORMS.get(noun)!], `${id} = ${category}`).toContain(category);
		});
	}
});
