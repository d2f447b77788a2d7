/**
 * The two editions: which languages exist, which way each is written, and the locale settings
 * every formatter takes. Arabic is the first edition.
 */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

export type Digits = 'latn' | 'arab';

export interface LocaleSettings {
	readonly lang: Lang;
	/** Only read for Arabic; English always uses Western digits. */
	readonly digits: Digits;
}

export const DEFAULT_DIGITS: Digits = 'latn';
export const settingsFor = (lang: Lang, digits: Digits = DEFAULT_DIGITS): LocaleSettings => ({
	lang,
	digits
});

/** The BCP 47 tag Intl is given. */
export const localeTag = ({ lang, digits }: LocaleSettings): string =>
	lang === 'ar' ? `ar-IQ-u-nu-${digits}` : 'en-GB';

export type Dir = 'rtl' | 'ltr';
export const dirOf = (lang: Lang): Dir => (lang === 'ar' ? 'rtl' : 'ltr');
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** The list comma of each edition: Arabic writes «،», never a Latin comma between words. */
export const comma = (lang: Lang): string => (lang === 'ar' ? '، ' : ', ');

/** The text for a language, from its two versions. */
export const pick = (lang: Lang, ar: string, en: string): string => (lang === 'ar' ? ar : en);
