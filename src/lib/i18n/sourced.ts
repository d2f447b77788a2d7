/**
 * How a chart's text prints a `Sourced` number: the value, and when no standalone source gives
 * it, its standing in words right beside it («194 (رقم غير مؤكد)», "194 (unverified)"). Every
 * summary, data-point label, value label and card text formats sourced numbers through these,
 * so a sentence can travel alone (an alt text, a share card) and still say what the number is
 * worth. `tests/chart-model/standing.test.ts` holds every generated text to it.
 */
import type { Sourced } from '$lib/stats';
import type { Lang, LocaleSettings } from './lang';
import { formatCount, formatUsd } from './format';
import { plural, type CountedNoun } from './plural';

/** The words a weak number carries, short enough for a data-point label. */
export const STANDING_WORDS: Record<Lang, string> = {
	ar: 'رقم غير مؤكد',
	en: 'unverified',
	ckb: 'ژمارەی پشتڕاستنەکراو'
};

/** The words a weak date carries: a date is not a number («تاريخ غير مؤكد»). */
export const DATE_STANDING_WORDS: Record<Lang, string> = {
	ar: 'تاريخ غير مؤكد',
	en: 'unverified',
	ckb: 'ڕێکەوتی پشتڕاستنەکراو'
};

/** The words a weak event carries: it is neither a number nor only a date («غير مؤكد»). */
export const EVENT_STANDING_WORDS: Record<Lang, string> = {
	ar: 'غير مؤكد',
	en: 'unverified',
	ckb: 'پشتڕاست نەکراوەتەوە'
};

/** The words a phrase of two weak numbers carries, so neither is read as the verified one. */
export const TWO_STANDING_WORDS: Record<Lang, string> = {
	ar: 'الرقمان غير مؤكدين',
	en: 'both unverified',
	ckb: 'هەردوو ژمارەکە پشتڕاست نەکراونەتەوە'
};

type WithStanding = (text: string, v: Pick<Sourced, 'standalone'>, lang: Lang) => string;

/** A text followed by its standing in the given words, in parentheses, when it needs one. */
const qualifiedBy =
	(words: Record<Lang, string>): WithStanding =>
	(text, v, lang) =>
		v.standalone ? text : `${text} (${words[lang]})`;

/** A told event with its standing, when it needs one. */
export const withEventStanding = qualifiedBy(EVENT_STANDING_WORDS);

/** A printed date with its standing, when it needs one. */
export const withDateStanding = qualifiedBy(DATE_STANDING_WORDS);

/** A printed number (or phrase holding one) with its standing, when it needs one. */
export const withStanding = qualifiedBy(STANDING_WORDS);

/** A phrase holding two numbers of one standing («…، و23,000 جندي (الرقمان غير مؤكدين)»). */
export const withStandingOfTwo = qualifiedBy(TWO_STANDING_WORDS);

/** 4,486 / 194 (unverified). */
export const sourcedCount = (v: Sourced, locale: LocaleSettings): string =>
	withStanding(formatCount(v.value, locale), v, locale.lang);

/** «194 جندياً (رقم غير مؤكد)»: the counted noun agrees with the number, then the standing. */
export const sourcedPlural = (v: Sourced, noun: CountedNoun, locale: LocaleSettings): string =>
	withStanding(plural(v.value, noun, locale), v, locale.lang);

/** $142.1 billion (unverified). */
export const sourcedUsd = (v: Sourced, locale: LocaleSettings): string =>
	withStanding(formatUsd(v.value, locale), v, locale.lang);
