/**
 * Numbers with the nouns they count, by the CLDR plural rules (`Intl.PluralRules`), never by
 * if/else on the number. Arabic uses all six categories: zero, one, two, few (3–10, and any
 * number whose last two digits are 3–10: 904, 4,803), many (last two digits 11–99: 11,
 * 4,486, 297,194) and other (100, 1,000, 290,000, fractions). Each noun gives the phrase for
 * each category as a template, `#` standing for the formatted number: the same shape as an
 * ICU MessageFormat `plural` argument, without shipping a message parser to the browser.
 */
import { type Lang, type LocaleSettings } from './lang';
import { formatCount } from './format';
import { phraseFor, type PluralForms } from './pluralRules';

export type { PluralCategory, PluralForms } from './pluralRules';
export { pluralCategory } from './pluralRules';

/** A counted noun in every edition. */
export type CountedNoun = Record<Lang, PluralForms>;

/** Fills a form for a number: picks the category's phrase and puts the formatted number in. */
export function plural(
	n: number,
	noun: CountedNoun,
	locale: LocaleSettings,
	format: (n: number, locale: LocaleSettings) => string = formatCount
): string {
	return phraseFor(noun[locale.lang], n, locale.lang, format(n, locale));
}
