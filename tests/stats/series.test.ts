import { describe, expect, it } from 'vitest';
import {
	cumulative,
	daysBetween,
	missingMonths,
	nextMonth,
	peak,
	rollupByYear,
	shares,
	sourcesByYear,
	type MonthKey,
	type SourceId
} from '$lib/stats';

const m = (month: string, value: number | null) => ({ month: month as MonthKey, value });

describe('rollupByYear(series) sums months into calendar years', () => {
	const cases = [
		{ name: 'an empty series', args: [], expected: [] },
		{
			name: 'a partial first year',
			args: [m('2003-11', 5), m('2003-12', 7), m('2004-01', 1)],
			expected: [
				{ year: 2003, value: 12, months: 2, gaps: 0 },
				{ year: 2004, value: 1, months: 1, gaps: 0 }
			]
		},
		{
			name: 'a gap, reported and not counted as zero silently',
			args: [m('2011-11', 2), m('2011-12', null)],
			expected: [{ year: 2011, value: 2, months: 2, gaps: 1 }]
		},
		{
			name: 'unsorted input',
			args: [m('2005-01', 3), m('2004-06', 4)],
			expected: [
				{ year: 2004, value: 4, months: 1, gaps: 0 },
				{ year: 2005, value: 3, months: 1, gaps: 0 }
			]
		}
	];
	for (const { name, args, expected } of cases)
		it(name, () => expect(rollupByYear(args)).toEqual(expected));
});

describe('cumulative(series)', () => {
	it('runs a total and counts gaps', () => {
		expect(cumulative([m('2003-01', 1), m('2003-02', null), m('2003-03', 4)])).toEqual([
			{ month: '2003-01', value: 1, cumulative: 1, gapsSoFar: 0 },
			{ month: '2003-02', value: null, cumulative: 1, gapsSoFar: 1 },
			{ month: '2003-03', value: 4, cumulative: 5, gapsSoFar: 1 }
		]);
	});
});

describe('peak(items, value)', () => {
	const cases = [
		{ name: 'finds the largest', items: [1, 9, 3], expected: 9 },
		{ name: 'keeps the first of a tie', items: [2, 7, 7], expected: 7 },
		{ name: 'skips gaps', items: [null, 4, null], expected: 4 },
		{ name: 'is undefined when empty', items: [], expected: undefined }
	];
	for (const { name, items, expected } of cases)
		it(name, () => expect(peak(items as (number | null)[], (x) => x)).toBe(expected));
	it('returns the first item of a tie, not a later equal one', () => {
		const a = { id: 'a', v: 3 };
		expect(peak([a, { id: 'b', v: 3 }], (x) => x.v)).toBe(a);
	});
});

describe('shares(items, value)', () => {
	it('gives each part of the whole', () => {
		expect(shares([1, 3], (x) => x).map((s) => s.share)).toEqual([0.25, 0.75]);
	});
	it('refuses a zero whole', () => {
		expect(() => shares([0, 0], (x) => x)).toThrow(RangeError);
	});
});

describe('months and days', () => {
	it('nextMonth rolls over the year', () => {
		expect(nextMonth('2003-12')).toBe('2004-01');
		expect(nextMonth('2003-09')).toBe('2003-10');
	});
	it('missingMonths lists every hole', () => {
		expect(missingMonths(['2003-11', '2004-02', '2004-03'])).toEqual(['2003-12', '2004-01']);
		expect(missingMonths(['2003-01'])).toEqual([]);
	});
	it('daysBetween counts calendar days across a month end', () => {
		expect(daysBetween('2003-03-20', '2003-04-09')).toBe(20);
		expect(daysBetween('2003-03-30', '2003-03-31')).toBe(1);
		expect(() => daysBetween('2003', 'x')).toThrow(RangeError);
	});
});

describe('sourcesByYear', () => {
	it('unions the sources of each calendar year’s months, in first-seen order', () => {
		const s = (...ids: string[]) => ids as SourceId[];
		const byYear = sourcesByYear([
			{ month: '2003-11', sourceIds: s('S1') },
			{ month: '2003-12', sourceIds: s('S2', 'S1') },
			{ month: '2004-01', sourceIds: s('S3') }
		]);
		expect([...byYear]).toEqual([
			[2003, ['S1', 'S2']],
			[2004, ['S3']]
		]);
	});
});
