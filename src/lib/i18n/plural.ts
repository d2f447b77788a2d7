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

export type PluralCategory = Intl.LDMLPluralRule;

/** A phrase per plural category; `other` is required, a missing category falls back to it. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { readonly other: string };

/** A counted noun in both languages. */
export type CountedNoun = Record<Lang, PluralForms>;

const rules = new Map<Lang, Intl.PluralRules>();
/** The CLDR plural category of a number in a language. */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
	return r.select(n);
}

/** Fills a form for a number: picks the category's phrase and puts the formatted number in. */
export function plural(
	n: number,
	noun: CountedNoun,
	locale: LocaleSettings,
	format: (n: number, locale: LocaleSettings) => string = formatCount
): string {
	const forms = noun[locale.lang];
	const phrase = forms[pluralCategory(n, locale.lang)] ?? forms.other;
	return phrase.replace('#', format(n, locale));
}
