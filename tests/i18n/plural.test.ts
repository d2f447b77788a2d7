/**
 * The grammar of numbers, by the CLDR rules: each counted noun the site uses, in both languages
 * and both Arabic digit settings. The Arabic expectations are the forms an Arab newsroom prints.
 */
import { describe, expect, it } from 'vitest';
import { NOUNS } from '$lib/i18n/nouns';
import { plural, pluralCategory } from '$lib/i18n/plural';
import { formatUsd, settingsFor } from '$lib/i18n';

const ar = settingsFor('ar');
const arEastern = settingsFor('ar', 'arab');
const en = settingsFor('en');

describe('CLDR categories for Arabic', () => {
	const table: [number, Intl.LDMLPluralRule][] = [
		[0, 'zero'],
		[1, 'one'],
		[2, 'two'],
		[3, 'few'],
		[10, 'few'],
		[11, 'many'],
		[99, 'many'],
		[100, 'other'],
		[102, 'other'],
		[103, 'few'],
		[904, 'few'],
		[4803, 'few'],
		[4486, 'many'],
		[297194, 'many'],
		[290000, 'other'],
		[2.89, 'other']
	];
	for (const [n, category] of table)
		it(`${n} is "${category}"`, () => expect(pluralCategory(n, 'ar')).toBe(category));
});

describe('counted nouns', () => {
	const table: { name: string; got: string; expected: string }[] = [
		// the examples, each the way the rule gives it
		{ name: '3 events', got: plural(3, NOUNS.events, ar), expected: '3 أحداث' },
		{ name: '1 event', got: plural(1, NOUNS.events, ar), expected: 'حدث واحد' },
		{ name: '904 killed', got: plural(904, NOUNS.killed, ar), expected: '904 قتلى' },
		{ name: '4,803 killed', got: plural(4803, NOUNS.killed, ar), expected: '4,803 قتلى' },
		{ name: '11 killed', got: plural(11, NOUNS.killed, ar), expected: '11 قتيلاً' },
		{ name: '100 killed', got: plural(100, NOUNS.killed, ar), expected: '100 قتيل' },
		{ name: 'one killed', got: plural(1, NOUNS.killed, ar), expected: 'قتيل واحد' },
		{ name: 'two killed', got: plural(2, NOUNS.killed, ar), expected: 'قتيلان' },
		// deaths from every cause are «وفيات», counted by the same grammar
		{ name: '904 deaths', got: plural(904, NOUNS.deaths, ar), expected: '904 وفيات' },
		{ name: '11 deaths', got: plural(11, NOUNS.deaths, ar), expected: '11 وفاةً' },
		{ name: '4,486 deaths', got: plural(4486, NOUNS.deaths, ar), expected: '4,486 وفاةً' },
		{ name: 'one death', got: plural(1, NOUNS.deaths, ar), expected: 'وفاة واحدة' },
		{ name: 'two deaths', got: plural(2, NOUNS.deaths, ar), expected: 'وفاتان' },
		{ name: '297,194 troops', got: plural(297194, NOUNS.troops, ar), expected: '297,194 جندياً' },
		{ name: '4 minutes', got: plural(4, NOUNS.readingMinutes, ar), expected: '4 دقائق للقراءة' },
		{ name: '29 tanks-like many', got: plural(29, NOUNS.figures, ar), expected: '29 رقماً' },
		{ name: '4 estimates', got: plural(4, NOUNS.figures, ar), expected: '4 أرقام' },
		{ name: '22 countries', got: plural(22, NOUNS.countries, ar), expected: '22 دولةً' },
		{ name: '4 countries', got: plural(4, NOUNS.countries, ar), expected: '4 دول' },
		{ name: 'wounded', got: plural(32226, NOUNS.wounded, ar), expected: '32,226 جريحاً' },
		{
			name: 'civilian deaths',
			got: plural(128995, NOUNS.civilianDeaths, ar),
			expected: '128,995 قتيلاً مدنياً'
		},
		{ name: 'zero events', got: plural(0, NOUNS.events, ar), expected: 'لا أحداث' },
		// Eastern digits change the digits, never the grammar
		{ name: 'Eastern 904', got: plural(904, NOUNS.killed, arEastern), expected: '٩٠٤ قتلى' },
		{ name: 'Eastern 11', got: plural(11, NOUNS.killed, arEastern), expected: '١١ قتيلاً' },
		// English: one and other
		{ name: 'en 1 event', got: plural(1, NOUNS.events, en), expected: '1 event' },
		{ name: 'en 3 events', got: plural(3, NOUNS.events, en), expected: '3 events' },
		{ name: 'en 1 country', got: plural(1, NOUNS.countries, en), expected: '1 country' },
		{ name: 'en minutes', got: plural(7, NOUNS.readingMinutes, en), expected: '7 min read' }
	];
	for (const { name, got, expected } of table) it(name, () => expect(got).toBe(expected));

	for (const [locale, digits] of [
		[ar, new Intl.NumberFormat('ar-IQ-u-nu-latn')],
		[arEastern, new Intl.NumberFormat('ar-IQ-u-nu-arab')],
		[en, new Intl.NumberFormat('en-GB')]
	] as const)
		it(`every noun has a phrase for each category a count can fall in (${locale.lang}, ${locale.digits})`, () => {
			for (const [name, noun] of Object.entries(NOUNS)) {
				for (const n of [1, 2, 3, 11, 100, 4486]) {
					const phrase = plural(n, noun, locale);
					if (locale.lang === 'ar') expect(phrase, `${name} ${n}`).toMatch(/[\u0600-\u06FF]/);
					// in Arabic one and two are said in words; every other count shows its digits
					if (n > 2 || locale.lang === 'en')
						expect(phrase, `${name} ${n}`).toContain(digits.format(n));
				}
			}
		});
});

describe('dollar amounts: one spelling of تريليون, and its plural', () => {
	const table: [number, string, string][] = [
		[3e12, '3 تريليونات دولار', '$3 trillion'],
		[2.89e12, '2.89 تريليون دولار', '$2.89 trillion'],
		[1e12, 'تريليون دولار', '$1 trillion'],
		[815e9, '815 مليار دولار', '$815 billion'],
		[59e9, '59 مليار دولار', '$59 billion'],
		[9.6e9, '9.6 مليار دولار', '$9.6 billion'],
		[2e9, 'ملياري دولار', '$2 billion']
	];
	for (const [usd, arabic, english] of table)
		it(english, () => {
			expect(formatUsd(usd, ar)).toBe(arabic);
			expect(formatUsd(usd, en)).toBe(english);
			expect(formatUsd(usd, ar)).not.toContain('ترليون');
		});
});
