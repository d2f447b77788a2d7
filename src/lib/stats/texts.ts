/**
 * The languages data is written in: each reader-facing column has one version per edition
 * (`name_ar`, `name_en`, `name_ckb`). The editions' settings (`$lib/i18n/lang`, `EDITIONS`) are
 * declared for exactly these, so a new language is added here first and the type checker then
 * names every place that still lacks its words.
 */
export const TEXT_LANGS = ['ar', 'en', 'ckb'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

/** A reader-facing text in every edition's language. */
export type Texts = { readonly [L in TextLang]: string };
