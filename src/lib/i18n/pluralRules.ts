/**
 * The CLDR plural category of a number in an edition's language (`Intl.PluralRules`), and the
 * phrase a plural message gives for it. Kept apart from `plural.ts` so the formatters can use
 * plural messages (dollar scales, thousands) without importing the nouns.
 */
import type { Lang } from './lang';

export type PluralCategory = Intl.LDMLPluralRule;

/** A phrase per plural category; `other` is required, a missing category falls back to it. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { readonly other: string };

const rules = new Map<Lang, Intl.PluralRules>();
/** The CLDR plural category of a number in a language. */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
	return r.select(n);
}

/** The phrase for a number, `#` filled with its formatted text. */
export const phraseFor = (forms: PluralForms, n: number, lang: Lang, text: string): string =>
	(forms[pluralCategory(n, lang)] ?? forms.other).replace('#', text);
