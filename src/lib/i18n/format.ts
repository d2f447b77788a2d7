/**
 * All number and date formatting, for both editions, in one place. Built on Intl: Arabic uses
 * the `ar-IQ` locale, whose month names are the Iraqi (Syriac-derived) ones: كانون الثاني، شباط،
 * آذار…  Digits are a setting: Western (the seed text's own choice, and the default) or
 * Eastern Arabic. Nothing here rounds a figure away: compact money keeps up to three decimals,
 * which is exact for every amount in `data/war_costs.csv` (a test checks this).
 */
import type { Figure } from '$lib/stats';
import { EDITIONS, localeTag, type LocaleSettings } from './lang';
import { CATALOGS } from './catalog.gen';
import { phraseFor } from './pluralRules';

const words = (s: LocaleSettings) => CATALOGS[s.lang];

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(s: LocaleSettings, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n|${localeTag(s)}|${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.NumberFormat | undefined;
	if (!f) cache.set(key, (f = new Intl.NumberFormat(localeTag(s), options)));
	return f;
}
/** A date as Intl writes it, with the edition's house spellings of month names (`EDITIONS`). */
function spelled(text: string, s: LocaleSettings): string {
	const fixes: Readonly<Record<string, string>> = EDITIONS[s.lang].monthSpellings ?? {};
	let out = text;
	for (const [cldr, house] of Object.entries(fixes)) out = out.replaceAll(cldr, house);
	return out;
}
function dateFormat(s: LocaleSettings, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d|${localeTag(s)}|${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.DateTimeFormat | undefined;
	if (!f)
		cache.set(key, (f = new Intl.DateTimeFormat(localeTag(s), { ...options, timeZone: 'UTC' })));
	return f;
}

/** A count with grouping: 4,487 / ٤٬٤٨٧. */
export const formatCount = (n: number, s: LocaleSettings): string =>
	numberFormat(s, { maximumFractionDigits: 0 }).format(n);

const wholeThousands = (n: number) => n >= 1000 && n < 1e6 && n % 1000 === 0;

/**
 * A count in words of its scale, the way prose rounds: "290 thousand" / "290 ألف" / "405 آلاف".
 * Whole thousands before a counted noun take the catalog's `nouns.thousandsBeforeNoun`: in
 * Arabic the thousand is in construct and takes the form the number asks for (3–10: آلاف, so
 * 405 آلاف وفاة; 11–99 and hundreds: ألف, with no tanween, so 290 ألف جندي), as Intl's compact
 * notation ("405 ألف") does not. Other counts are Intl's compact notation where the edition
 * reads it (`intlCompact`), else exact.
 */
export function formatCompactCount(n: number, s: LocaleSettings): string {
	if (wholeThousands(n))
		return phraseFor(
			words(s)['nouns.thousandsBeforeNoun'],
			n / 1000,
			s.lang,
			formatCount(n / 1000, s)
		);
	if (EDITIONS[s.lang].intlCompact === 'never') return formatCount(n, s);
	return numberFormat(s, { notation: 'compact', compactDisplay: 'long' }).format(n);
}

/**
 * A count of whole thousands standing alone, with no noun after it, as Arabic grammar writes
 * it: the word for thousand agrees with the number before it (نحو 290 ألفاً، 405 آلاف، 500 ألف;
 * `nouns.thousandsAlone`). Before a counted noun the thousand is in construct and keeps no
 * tanween (290 ألف جندي): that is `formatCompactCount`. Any other count stays exact (4,500),
 * except in an edition whose prose reads Intl's compact form for any count (English).
 */
export function formatCompactCountAlone(n: number, s: LocaleSettings): string {
	if (wholeThousands(n))
		return phraseFor(words(s)['nouns.thousandsAlone'], n / 1000, s.lang, formatCount(n / 1000, s));
	if (EDITIONS[s.lang].intlCompact === 'always') return formatCompactCount(n, s);
	return formatCount(n, s);
}

/** A difference with its sign: +27,746 / −2,806. */
export const formatSignedCount = (n: number, s: LocaleSettings): string =>
	numberFormat(s, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(n);

/** A year without grouping: 2006 / ٢٠٠٦. */
export const formatYear = (year: number, s: LocaleSettings): string =>
	numberFormat(s, { useGrouping: false }).format(year);

/** A ratio such as "7.2" (times). */
export const formatRatio = (n: number, s: LocaleSettings): string =>
	numberFormat(s, { maximumFractionDigits: 1 }).format(n);

/** A share 0–1 as a percentage with one decimal at most. */
export const formatPercent = (share: number, s: LocaleSettings): string =>
	numberFormat(s, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/**
 * The scale words for dollar amounts are plural messages of the catalogs, chosen by the CLDR
 * plural category of the number before them (3 تريليونات، 2.89 تريليون، 815 مليار).
 */
const USD_SCALES = [
	{ size: 1e12, words: 'nouns.usdTrillions', axis: 'usdAxis.trillions' },
	{ size: 1e9, words: 'nouns.usdBillions', axis: 'usdAxis.billions' },
	{ size: 1e6, words: 'nouns.usdMillions', axis: 'usdAxis.millions' }
] as const;

/** Dollars in words: "$815 billion" / "815 مليار دولار", "$3 trillion" / "3 تريليونات دولار". */
export function formatUsd(usd: number, s: LocaleSettings): string {
	const scale = USD_SCALES.find((x) => usd >= x.size);
	if (!scale) return words(s)['usd.units']({ amount: formatCount(usd, s) });
	const m = usd / scale.size;
	const n = numberFormat(s, { maximumFractionDigits: 3 }).format(m);
	return phraseFor(words(s)[scale.words], m, s.lang, n);
}

/**
 * Dollars for an axis, short: "$150bn" / "150 مليار". The chart's title and labels say the
 * unit in full; a tick only needs the scale.
 */
export function formatUsdAxis(usd: number, s: LocaleSettings): string {
	const scale = USD_SCALES.find((x) => usd >= x.size);
	if (!scale) return formatCount(usd, s);
	const n = numberFormat(s, { maximumFractionDigits: 1 }).format(usd / scale.size);
	return words(s)[scale.axis]({ n });
}

function utc(date: string): Date {
	const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
	return new Date(Date.UTC(y, m - 1, d));
}

/** "March 2003" / "آذار 2003". */
export const formatMonth = (month: string, s: LocaleSettings, style: 'long' | 'short' = 'long') =>
	spelled(
		dateFormat(s, {
			month: style === 'long' ? (EDITIONS[s.lang].monthYearStyle ?? 'long') : style,
			year: 'numeric'
		}).format(utc(month)),
		s
	);

/** A month name alone: "March" / "آذار". */
export const formatMonthName = (
	month: number,
	s: LocaleSettings,
	style: 'long' | 'short' = 'long'
) => spelled(dateFormat(s, { month: style }).format(new Date(Date.UTC(2003, month - 1, 1))), s);

/**
 * A date at the precision the source gives: "2008", "October 2007", "9 April 2003";
 * a US fiscal year: "FY2008" / "السنة المالية 2008".
 */
export function formatPartialDate(date: string, s: LocaleSettings): string {
	if (date.startsWith('FY')) {
		const fy = formatYear(Number(date.slice(2)), s);
		return words(s)['date.fiscalYear']({ year: fy });
	}
	const parts = date.split('-').length;
	if (parts === 1) return formatYear(Number(date), s);
	if (parts === 2) return formatMonth(date, s);
	return spelled(
		dateFormat(s, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date)),
		s
	);
}

/** An ISO interval "a/b" as "a – b" at each end's own precision; "../b" as "to b". */
export function formatPeriod(period: string, s: LocaleSettings): string {
	const [start, end] = period.split('/') as [string, string?];
	if (end === undefined) return formatPartialDate(start, s);
	if (start === '..') return words(s)['date.to']({ date: formatPartialDate(end, s) });
	// a whole calendar year is the year ("2006", not "January 2006 – December 2006")
	const year = start.slice(0, 4);
	if (start === `${year}-01` && end === `${year}-12`) return formatYear(Number(year), s);
	return `${formatPartialDate(start, s)} – ${formatPartialDate(end, s)}`;
}

/** A figure's value in its unit's form: dollars in words, years ungrouped, counts grouped. */
export function formatFigure(f: Figure, s: LocaleSettings): string {
	if (f.unit === 'usd') return formatUsd(f.value, s);
	if (f.unit === 'year') return formatYear(f.value, s);
	return formatCount(f.value, s);
}

/** A number from the original text, in its unit's form (a year stays ungrouped). */
export const formatClaimed = (value: number, unit: string | null, s: LocaleSettings): string =>
	unit === 'year' ? formatYear(value, s) : formatCount(value, s);
