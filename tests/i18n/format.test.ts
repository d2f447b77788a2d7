import { describe, expect, it } from 'vitest';
import {
	formatCompactCount,
	formatCompactCountAlone,
	formatCount,
	formatFigure,
	formatMonth,
	formatMonthName,
	formatPartialDate,
	formatPercent,
	formatPeriod,
	formatUsd,
	formatYear,
	settingsFor
} from '$lib/i18n';

const en = settingsFor('en');
const ar = settingsFor('ar'); // Western digits, the default
const arEastern = settingsFor('ar', 'arab');

describe('numbers', () => {
	const cases = [
		{ name: 'English count', got: () => formatCount(32246, en), expected: '32,246' },
		{ name: 'Arabic count, Western digits', got: () => formatCount(32246, ar), expected: '32,246' },
		{
			name: 'Arabic count, Eastern digits',
			got: () => formatCount(32246, arEastern),
			expected: '٣٢٬٢٤٦'
		},
		{ name: 'a year is never grouped', got: () => formatYear(2006, en), expected: '2006' },
		{ name: 'Eastern-digit year', got: () => formatYear(2006, arEastern), expected: '٢٠٠٦' },
		{ name: 'English dollars', got: () => formatUsd(815e9, en), expected: '$815 billion' },
		{
			name: 'dollars keep decimals',
			got: () => formatUsd(2.058e12, en),
			expected: '$2.058 trillion'
		},
		{ name: 'Arabic dollars', got: () => formatUsd(815e9, ar), expected: '815 مليار دولار' },
		{ name: 'percent', got: () => formatPercent(0.135, en), expected: '13.5%' }
	];
	for (const { name, got, expected } of cases) it(name, () => expect(got()).toBe(expected));
});

describe('dates use Iraqi month names in Arabic', () => {
	const IRAQI = [
		'كانون الثاني',
		'شباط',
		'آذار',
		'نيسان',
		'أيار',
		'حزيران',
		'تموز',
		'آب',
		'أيلول',
		'تشرين الأول',
		'تشرين الثاني',
		'كانون الأول'
	];
	it('all twelve months', () => {
		expect(IRAQI.map((_, i) => formatMonthName(i + 1, ar))).toEqual(IRAQI);
	});
	const cases = [
		{ got: () => formatMonth('2003-03', ar), expected: 'آذار 2003' },
		{ got: () => formatMonth('2003-03', arEastern), expected: 'آذار ٢٠٠٣' },
		{ got: () => formatMonth('2003-03', en), expected: 'March 2003' },
		{ got: () => formatPartialDate('2003-04-09', en), expected: '9 April 2003' },
		{ got: () => formatPartialDate('2003-04-09', ar), expected: '9 نيسان 2003' },
		{ got: () => formatPartialDate('2008', en), expected: '2008' },
		{ got: () => formatPartialDate('FY2008', en), expected: 'FY2008' },
		{ got: () => formatPartialDate('FY2008', ar), expected: 'السنة المالية 2008' },
		{
			got: () => formatPeriod('2003-03-19/2011-12', en),
			expected: '19 March 2003 – December 2011'
		},
		{ got: () => formatPeriod('../2010-08-31', en), expected: 'to 31 August 2010' },
		{ got: () => formatPeriod('2003-03', ar), expected: 'آذار 2003' }
	];
	for (const { got, expected } of cases) it(expected, () => expect(got()).toBe(expected));
	it('does not shift a date by the machine’s time zone', () => {
		expect(formatPartialDate('2003-01-01', en)).toBe('1 January 2003');
	});
});

describe('formatFigure picks the unit’s form', () => {
	const base = {
		period: '2003',
		sourceIds: [],
		measure: 'year',
		basis: 'reported',
		qualifier: 'exact',
		status: 'verified'
	} as const;
	it('years', () => expect(formatFigure({ ...base, value: 2006, unit: 'year' }, en)).toBe('2006'));
	it('money', () =>
		expect(formatFigure({ ...base, value: 3e12, unit: 'usd' }, en)).toBe('$3 trillion'));
	it('counts', () =>
		expect(formatFigure({ ...base, value: 4477, unit: 'deaths' }, en)).toBe('4,477'));
});

describe('thousands before a noun (Arabic construct)', () => {
	const cases = [
		{ n: 290_000, ar: '290 ألف' },
		{ n: 405_000, ar: '405 آلاف' },
		{ n: 103_000, ar: '103 آلاف' },
		{ n: 10_000, ar: '10 آلاف' },
		{ n: 500_000, ar: '500 ألف' },
		{ n: 2_000, ar: 'ألفا' },
		{ n: 1_000, ar: 'ألف' }
	];
	for (const c of cases)
		it(`${c.n} → ${c.ar}`, () => expect(formatCompactCount(c.n, ar)).toBe(c.ar));
});

describe('thousands standing alone (Arabic agreement)', () => {
	const cases = [
		{ n: 290_000, ar: '290 ألفاً', en: '290 thousand' },
		{ n: 461_000, ar: '461 ألفاً', en: '461 thousand' },
		{ n: 405_000, ar: '405 آلاف', en: '405 thousand' },
		{ n: 500_000, ar: '500 ألف', en: '500 thousand' },
		{ n: 48_000, ar: '48 ألفاً', en: '48 thousand' },
		{ n: 4_500, ar: '4,500', en: '4.5 thousand' }
	];
	for (const c of cases)
		it(`${c.n} → ${c.ar}`, () => {
			expect(formatCompactCountAlone(c.n, ar)).toBe(c.ar);
			expect(formatCompactCountAlone(c.n, en)).toBe(c.en);
		});
});
