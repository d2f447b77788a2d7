/**
 * The words that go with a figure wherever it is shown: "about", "at least", "our sum of …",
 * "unverified". A figure never reaches a reader without them.
 */
import { type Estimate, type Figure } from '$lib/stats';
import { EDITIONS, type Lang, type LocaleSettings } from './lang';
import { catalogOf } from './messages';
import { STANDING_WORDS } from './sourced';
import {
	formatCompactCount,
	formatCompactCountAlone,
	formatCount,
	formatFigure,
	formatPercent,
	formatRatio
} from './format';

/**
 * An approximate round count as Arab and Kurdish newsrooms write it: "290 ألف", "290 هەزار",
 * not "290,000". Only whole thousands under a million, which the compact form shows exactly;
 * anything else stays exact. English prints the exact figure ("about 290,000").
 */
function approximateInWords(f: Figure, locale: LocaleSettings, alone: boolean): string | null {
	if (!EDITIONS[locale.lang].roundsInWords || f.unit === 'usd' || f.unit === 'year') return null;
	if (f.value < 1000 || f.value >= 1e6 || f.value % 1000 !== 0) return null;
	return (alone ? formatCompactCountAlone : formatCompactCount)(f.value, locale);
}

export interface FigureTextOptions {
	/**
	 * The value stands alone (a headline card, the evidence's value before its caption), so
	 * whole thousands agree with their number: «نحو 290 ألفاً». Off where a counted noun
	 * follows in the sentence («نحو 290 ألف جندي», the idafa).
	 */
	readonly alone?: boolean;
}

/**
 * The value with its qualifier: "about 290,000" / "نحو 290 ألف", "at least 20" / "20 على
 * الأقل". Exact figures stay exact in both languages.
 */
export function figureText(
	f: Figure,
	locale: LocaleSettings,
	{ alone = false }: FigureTextOptions = {}
): string {
	const v =
		(f.qualifier === 'about' && approximateInWords(f, locale, alone)) || formatFigure(f, locale);
	const words = catalogOf(locale.lang);
	if (f.qualifier === 'about') return words['figure.about']({ value: v });
	if (f.qualifier === 'at_least') return words['figure.atLeast']({ value: v });
	return v;
}

const OUR_SUM: Record<Lang, string> = {
	ar: 'مجموعنا لأرقام المصدر',
	en: 'our sum of the source’s figures',
	ckb: 'کۆکردنەوەی ئێمە بۆ ژمارەکانی سەرچاوەکە'
};
const UNVERIFIED: Record<Lang, string> = {
	ar: 'غير مؤكد: لا يذكره مصدر أولي أو رسمي أو محكَّم أو صحفي',
	en: 'unverified: no primary, official, peer-reviewed or press source gives it',
	ckb: 'پشتڕاست نەکراوەتەوە: هیچ سەرچاوەیەکی سەرەتایی، فەرمی، زانستیی هەڵسەنگێنراو یان ڕۆژنامەوانی نایهێنێت'
};

/** A caption that already says the figure is our sum (and of what): its note would repeat it. */
const SAYS_OUR_SUM = /مجموعنا|بإحصائنا|کۆکردنەوەی ئێمە|\bour (?:sum|count)\b/i;

/**
 * Notes a reader needs beside the value: how it was arrived at, and whether it is settled.
 * Given the caption printed with it, a note the caption already makes is left out.
 */
export function figureNotes(f: Figure, lang: Lang, caption = ''): string[] {
	return [
		...(f.basis === 'our_sum' && !SAYS_OUR_SUM.test(caption) ? [OUR_SUM[lang]] : []),
		...(f.status === 'unverified' ? [UNVERIFIED[lang]] : [])
	];
}

/**
 * An estimate as printed: "151,000 (104,000–223,000)"; a range alone as "112,017–122,438".
 * One that no standalone source gives carries its standing in the same parenthesis: "98,000
 * (unverified; 8,000–194,000)", so no caller can print it bare.
 */
export function estimateText(e: Estimate, locale: LocaleSettings): string {
	const n = (x: number) => formatCount(x, locale);
	const range = e.low !== null && e.high !== null ? `${n(e.low)}–${n(e.high)}` : null;
	const standing = e.standalone ? null : STANDING_WORDS[locale.lang];
	const semicolon = EDITIONS[locale.lang].semicolon;
	if (e.central === null) return range === null ? '' : standing ? `${range} (${standing})` : range;
	// the standing first, so it reads as the estimate's, not only its interval's
	const inner = [standing, range].filter((x) => x !== null).join(semicolon);
	return inner ? `${n(e.central)} (${inner})` : n(e.central);
}

/**
 * How a sourced figure compares with the text's, as its own sentence: a difference is not a
 * ratio, so the two are never joined ("+27,746 (7.2 times …)" read as if the difference were
 * the multiple). Below 1 the comparison turns round, so no "0.3 times" is printed; a ratio
 * that rounds to 1 says the two are about the same.
 */
export function ratioSentence(ratio: number, locale: LocaleSettings): string {
	const { lang } = locale;
	const rounded = Math.round(ratio * 10) / 10;
	const inverse = Math.round((1 / ratio) * 10) / 10;
	const words = catalogOf(lang);
	if (rounded === 1 || inverse === 1) return words['ratio.aboutSame'];
	// «ضعف» says double: under twice the text's figure, the gap is a percentage
	const percent = (x: number) => formatPercent(Math.round(Math.abs(x) * 100) / 100, locale);
	if (ratio > 1 && ratio < 2) return words['ratio.percentMore']({ percent: percent(ratio - 1) });
	if (ratio < 1 && ratio > 0.5) return words['ratio.percentLess']({ percent: percent(1 - ratio) });
	if (ratio > 1) return words['ratio.times']({ ratio: formatRatio(ratio, locale) });
	return words['ratio.textTimes']({ ratio: formatRatio(1 / ratio, locale) });
}
