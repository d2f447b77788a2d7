/**
 * All number and date formatting, for both editions, in one place. Built on Intl: Arabic uses
 * the `ar-IQ` locale, whose month names are the Iraqi (Syriac-derived) ones: كانون الثاني، شباط،
 * آذار…  Digits are a setting: Western (the seed text's own choice, and the default) or
 * Eastern Arabic. Nothing here rounds a figure away: compact money keeps up to three decimals,
 * which is exact for every amount in `data/war_costs.csv` (a test checks this).
 */
import type { Figure } from '$lib/stats';
import { localeTag, type LocaleSettings } from './lang';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(s: LocaleSettings, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n|${localeTag(s)}|${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.NumberFormat | undefined;
	if (!f) cache.set(key, (f = new Intl.NumberFormat(localeTag(s), options)));
	return f;
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

const arabicPlural = new Intl.PluralRules('ar');

/**
 * Whole thousands before a counted noun, in construct: the thousand takes the form the number's
 * last part asks for (3–10: آلاف, so 405 آلاف وفاة; 11–99 and hundreds: ألف, with no tanween
 * before its noun, so 290 ألف جندي), as Intl's compact notation ("405 ألف") does not.
 */
const THOUSANDS_BEFORE_NOUN: Record<Intl.LDMLPluralRule, string> = {
	zero: '# ألف',
	one: 'ألف',
	two: 'ألفا',
	few: '# آلاف',
	many: '# ألف',
	other: '# ألف'
};

const wholeThousands = (n: number) => n >= 1000 && n < 1e6 && n % 1000 === 0;

/** A count in words of its scale, the way prose rounds: "290 thousand" / "290 ألف" / "405 آلاف". */
export function formatCompactCount(n: number, s: LocaleSettings): string {
	if (s.lang === 'ar' && wholeThousands(n))
		return THOUSANDS_BEFORE_NOUN[arabicPlural.select(n / 1000)].replace(
			'#',
			formatCount(n / 1000, s)
		);
	return numberFormat(s, { notation: 'compact', compactDisplay: 'long' }).format(n);
}

const THOUSANDS_ALONE: Record<Intl.LDMLPluralRule, string> = {
	zero: '# ألف',
	one: 'ألف',
	two: 'ألفان',
	few: '# آلاف',
	many: '# ألفاً',
	other: '# ألف'
};

/**
 * A count of whole thousands standing alone, with no noun after it, as Arabic grammar writes
 * it: the word for thousand agrees with the number before it (نحو 290 ألفاً، 405 آلاف، 500 ألف).
 * Before a counted noun the thousand is in construct and keeps no tanween (290 ألف جندي): that
 * is `formatCompactCount`. Any other Arabic count stays exact (4,500); English is
 * `formatCompactCount`'s.
 */
export function formatCompactCountAlone(n: number, s: LocaleSettings): string {
	if (s.lang !== 'ar') return formatCompactCount(n, s);
	if (!wholeThousands(n)) return formatCount(n, s);
	const k = n / 1000;
	return THOUSANDS_ALONE[arabicPlural.select(k)].replace('#', formatCount(k, s));
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
 * The scale words for dollar amounts, in Arabic by the CLDR plural category of the number before
 * them (3 تريليونات، 2.89 تريليون، 815 مليار): one spelling, "تريليون", and its plural.
 */
const USD_SCALES = [
	{
		size: 1e12,
		en: 'trillion',
		ar: {
			one: 'تريليون دولار',
			two: 'تريليونا دولار',
			few: '# تريليونات دولار',
			other: '# تريليون دولار'
		}
	},
	{
		size: 1e9,
		en: 'billion',
		ar: { one: 'مليار دولار', two: 'ملياري دولار', few: '# مليارات دولار', other: '# مليار دولار' }
	},
	{
		size: 1e6,
		en: 'million',
		ar: { one: 'مليون دولار', two: 'مليونا دولار', few: '# ملايين دولار', other: '# مليون دولار' }
	}
] as const;

/** Dollars in words: "$815 billion" / "815 مليار دولار", "$3 trillion" / "3 تريليونات دولار". */
export function formatUsd(usd: number, s: LocaleSettings): string {
	const scale = USD_SCALES.find((x) => usd >= x.size);
	if (!scale) {
		const n = formatCount(usd, s);
		return s.lang === 'ar' ? `${n} دولار` : `$${n}`;
	}
	const m = usd / scale.size;
	const n = numberFormat(s, { maximumFractionDigits: 3 }).format(m);
	if (s.lang === 'en') return `$${n} ${scale.en}`;
	const forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } = scale.ar;
	return (forms[arabicPlural.select(m)] ?? forms.other).replace('#', n);
}

/**
 * Dollars for an axis, short: "$150bn" / "150 مليار". The chart's title and labels say the
 * unit in full; a tick only needs the scale.
 */
export function formatUsdAxis(usd: number, s: LocaleSettings): string {
	const scale = USD_SCALES.find((x) => usd >= x.size);
	if (!scale) return formatCount(usd, s);
	const n = numberFormat(s, { maximumFractionDigits: 1 }).format(usd / scale.size);
	if (s.lang === 'en')
		return `$${n}${scale.en === 'trillion' ? 'tn' : scale.en === 'billion' ? 'bn' : 'm'}`;
	const word = { trillion: 'تريليون', billion: 'مليار', million: 'مليون' }[scale.en];
	return `${n} ${word}`;
}

function utc(date: string): Date {
	const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
	return new Date(Date.UTC(y, m - 1, d));
}

/** "March 2003" / "آذار 2003". */
export const formatMonth = (month: string, s: LocaleSettings, style: 'long' | 'short' = 'long') =>
	dateFormat(s, { month: style, year: 'numeric' }).format(utc(month));

/** A month name alone: "March" / "آذار". */
export const formatMonthName = (
	month: number,
	s: LocaleSettings,
	style: 'long' | 'short' = 'long'
) => dateFormat(s, { month: style }).format(new Date(Date.UTC(2003, month - 1, 1)));

/**
 * A date at the precision the source gives: "2008", "October 2007", "9 April 2003";
 * a US fiscal year: "FY2008" / "السنة المالية 2008".
 */
export function formatPartialDate(date: string, s: LocaleSettings): string {
	if (date.startsWith('FY')) {
		const fy = formatYear(Number(date.slice(2)), s);
		return s.lang === 'ar' ? `السنة المالية ${fy}` : `FY${fy}`;
	}
	const parts = date.split('-').length;
	if (parts === 1) return formatYear(Number(date), s);
	if (parts === 2) return formatMonth(date, s);
	return dateFormat(s, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date));
}

/** An ISO interval "a/b" as "a – b" at each end's own precision; "../b" as "to b". */
export function formatPeriod(period: string, s: LocaleSettings): string {
	const [start, end] = period.split('/') as [string, string?];
	if (end === undefined) return formatPartialDate(start, s);
	if (start === '..') return `${s.lang === 'ar' ? 'حتى' : 'to'} ${formatPartialDate(end, s)}`;
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
