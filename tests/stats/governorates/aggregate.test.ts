import { describe, expect, it } from 'vitest';
import type { MonthKey, SourceId } from '$lib/stats/brand';
import {
	daysByMonth,
	ibcMonthlyCounts,
	ibcMonths,
	largestRemainder,
	monthRange,
	nationalSeries,
	PLACES,
	placeTotal,
	sigactMonthlyCounts,
	spreadOverMonths,
	UNLOCATED,
	type IbcIncident,
	type IsoDate,
	type MonthlyCounts,
	type Place
} from '$lib/stats/governorates';
import { realData } from '../../helpers';
import { realIncidents, realSigacts } from './raw';

const incident = (
	start: string,
	end: string,
	min: number,
	max: number,
	governorate: IbcIncident['governorate'] = 'IQ-BG'
): IbcIncident => ({ start: start as IsoDate, end: end as IsoDate, min, max, governorate });

/** The non-zero cells of a table, as `place month: value`, for readable expectations. */
const cells = (t: MonthlyCounts): Record<string, number> =>
	Object.fromEntries(
		PLACES.flatMap((p) =>
			t.byPlace[p].flatMap((v, i) => (v === 0 ? [] : [[`${p} ${t.months[i]}`, v]]))
		)
	);

describe('largestRemainder(total, weights)', () => {
	const cases = [
		{ name: 'one part takes everything', total: 7, weights: [31], expected: [7] },
		{ name: 'exact quotas need no rounding', total: 10, weights: [1, 1], expected: [5, 5] },
		{ name: '10 over 12 and 9 days: 5.71 and 4.29', total: 10, weights: [12, 9], expected: [6, 4] },
		{ name: 'a tie goes to the earlier part', total: 1, weights: [1, 1], expected: [1, 0] },
		{ name: 'three-way tie for two units', total: 2, weights: [1, 1, 1], expected: [1, 1, 0] },
		{
			name: 'the largest remainder wins over order',
			total: 3,
			weights: [10, 35, 15], // quotas 0.5, 1.75, 0.75
			expected: [0, 2, 1]
		},
		{ name: 'zero stays zero', total: 0, weights: [3, 4], expected: [0, 0] },
		{ name: 'a zero weight gets nothing', total: 5, weights: [0, 2], expected: [0, 5] }
	];
	for (const { name, total, weights, expected } of cases)
		it(name, () => {
			const parts = largestRemainder(total, weights);
			expect(parts).toEqual(expected);
			expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
		});
	it('keeps the total exactly for every total and split tried', () => {
		for (let total = 0; total <= 60; total++)
			for (const weights of [
				[12, 30, 9],
				[1, 2, 3, 4],
				[31, 28, 31, 30, 31]
			])
				expect(largestRemainder(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
	});
	const invalid = [
		{ name: 'a fractional total', total: 1.5, weights: [1] },
		{ name: 'a negative total', total: -1, weights: [1] },
		{ name: 'weights summing to zero', total: 1, weights: [0, 0] },
		{ name: 'a fractional weight', total: 1, weights: [0.5, 1] }
	];
	for (const { name, total, weights } of invalid)
		it(`refuses ${name}`, () => expect(() => largestRemainder(total, weights)).toThrow(RangeError));
});

describe('daysByMonth(start, end) counts an inclusive range’s days in each month', () => {
	const cases = [
		{ start: '2005-01-05', end: '2005-01-05', expected: [['2005-01', 1]] },
		{
			start: '2003-03-20',
			end: '2003-04-09',
			expected: [
				['2003-03', 12],
				['2003-04', 9]
			]
		},
		{
			start: '2004-01-31',
			end: '2004-03-01',
			expected: [
				['2004-01', 1],
				['2004-02', 29],
				['2004-03', 1]
			] // 2004 is a leap year
		},
		{
			start: '2006-12-31',
			end: '2007-01-01',
			expected: [
				['2006-12', 1],
				['2007-01', 1]
			]
		}
	];
	for (const { start, end, expected } of cases)
		it(`${start} … ${end}`, () =>
			expect(daysByMonth(start, end)).toEqual(expected.map(([month, days]) => ({ month, days }))));
	it('refuses an end before the start', () =>
		expect(() => daysByMonth('2005-01-02', '2005-01-01')).toThrow(RangeError));
});

describe('monthRange(first, last)', () => {
	it('includes both ends and crosses years', () =>
		expect(monthRange('2003-11', '2004-02')).toEqual(['2003-11', '2003-12', '2004-01', '2004-02']));
	it('is empty when last comes first', () => expect(monthRange('2004-02', '2004-01')).toEqual([]));
});

describe('spreadOverMonths(start, end, total): the rule for incidents lasting more than a day', () => {
	const cases = [
		{
			name: 'a one-day incident counts in its month',
			args: ['2005-01-05', '2005-01-05', 9],
			expected: [{ month: '2005-01', value: 9 }]
		},
		{
			name: 'a multi-day incident within one month counts whole in that month',
			args: ['2005-01-01', '2005-01-31', 9],
			expected: [{ month: '2005-01', value: 9 }]
		},
		{
			name: 'a multi-month incident is spread by days, largest remainder (12 + 9 days)',
			args: ['2003-03-20', '2003-04-09', 1473],
			// quotas 841.71 and 631.29: the extra unit goes to March's larger remainder
			expected: [
				{ month: '2003-03', value: 842 },
				{ month: '2003-04', value: 631 }
			]
		},
		{
			name: 'a single death over two months goes to the month with more of its days',
			args: ['2005-01-31', '2005-02-02', 1],
			expected: [
				{ month: '2005-01', value: 0 },
				{ month: '2005-02', value: 1 }
			]
		}
	] as const;
	for (const { name, args, expected } of cases)
		it(name, () => expect(spreadOverMonths(args[0], args[1], args[2])).toEqual(expected));
	it('gives a tie of days to the earlier month', () =>
		expect(spreadOverMonths('2005-01-30', '2005-02-02', 1).map((s) => s.value)).toEqual([1, 0]));
});

describe('ibcMonthlyCounts(incidents, measure) on small fixtures', () => {
	const fixtures = [
		incident('2005-01-05', '2005-01-05', 3, 4),
		incident('2005-01-10', '2005-01-20', 5, 6, 'IQ-AN'),
		incident('2005-01-30', '2005-03-01', 10, 12, 'IQ-DI'), // 2 + 28 + 1 days
		incident('2005-02-14', '2005-02-14', 2, 2, null)
	];
	it('spans from the first start month to the last start month', () =>
		expect(ibcMonths(fixtures)).toEqual(['2005-01', '2005-02']));

	it('places the minimum by the rule, and an unlocated row in its own place', () => {
		// IQ-DI: 10 over 2, 28, 1 days → quotas 0.65, 9.03, 0.32 → 0, 9, 0 and one unit left,
		// to the largest remainder (January's 0.65). March is outside the file's months and gets 0.
		expect(cells(ibcMonthlyCounts(fixtures, 'min'))).toEqual({
			'IQ-BG 2005-01': 3,
			'IQ-AN 2005-01': 5,
			'IQ-DI 2005-01': 1,
			'IQ-DI 2005-02': 9,
			[`${UNLOCATED} 2005-02`]: 2
		});
	});
	it('places the maximum by the same rule', () => {
		// IQ-DI: 12 over 2, 28, 1 days → 0.77, 10.84, 0.39 → 0, 10, 0; two units left, to
		// February (0.84) and January (0.77).
		expect(cells(ibcMonthlyCounts(fixtures, 'max'))).toMatchObject({
			'IQ-DI 2005-01': 1,
			'IQ-DI 2005-02': 11
		});
	});
	it('counts the unlocated row in the national series, never dropping it', () => {
		const t = ibcMonthlyCounts(fixtures, 'min');
		expect(nationalSeries(t)).toEqual([9, 11]);
		expect(placeTotal(t, UNLOCATED)).toBe(2);
	});
	it('refuses a share that falls outside the table instead of losing it', () =>
		expect(() =>
			ibcMonthlyCounts([incident('2005-01-01', '2005-03-31', 90, 90)], 'min', [
				'2005-01' as MonthKey
			])
		).toThrow(/2005-02 is outside the table/));
});

describe('the real files', () => {
	const min = ibcMonthlyCounts(realIncidents(), 'min');
	const max = ibcMonthlyCounts(realIncidents(), 'max');
	const sigact = sigactMonthlyCounts(realSigacts());
	const total = (t: MonthlyCounts) => nationalSeries(t).reduce((a, b) => a + b, 0);

	it('IBC covers 2003-03 … 2009-06, 76 months', () => {
		expect(min.months[0]).toBe('2003-03');
		expect(min.months.at(-1)).toBe('2009-06');
		expect(min.months).toHaveLength(76);
	});
	it('keeps the README’s checked IBC totals exactly after spreading', () => {
		expect(total(min)).toBe(92_926);
		expect(total(max)).toBe(101_413);
		expect(placeTotal(min, 'IQ-BG')).toBe(48_598);
		expect(placeTotal(min, UNLOCATED)).toBe(188);
	});
	it('keeps the README’s governorate totals (Min)', () => {
		const expected: Partial<Record<Place, number>> = {
			'IQ-DI': 9_548,
			'IQ-NI': 6_649,
			'IQ-AN': 5_876,
			'IQ-SD': 4_565,
			'IQ-BB': 4_399,
			'IQ-BA': 3_431,
			'IQ-KI': 2_770,
			'IQ-DA': 26
		};
		for (const [place, value] of Object.entries(expected))
			expect(placeTotal(min, place as Place), place).toBe(value);
	});
	it('spreads 89 multi-month incidents (5,648 deaths at the minimum)', () => {
		const multi = realIncidents().filter((d) => d.start.slice(0, 7) !== d.end.slice(0, 7));
		expect(multi).toHaveLength(89);
		expect(multi.reduce((a, d) => a + d.min, 0)).toBe(5_648);
	});
	it('keeps the README’s checked SIGACT totals: 194,978 over 61 months', () => {
		expect(sigact.months).toHaveLength(61);
		expect(sigact.months[0]).toBe('2004-02');
		expect(sigact.months.at(-1)).toBe('2009-02');
		expect(total(sigact)).toBe(194_978);
		expect(placeTotal(sigact, 'IQ-AN')).toBe(31_063);
		expect(placeTotal(sigact, 'IQ-BG')).toBe(77_619);
		expect(placeTotal(sigact, 'IQ-NI')).toBe(22_897);
		expect(placeTotal(sigact, 'IQ-SD')).toBe(22_567);
		expect(placeTotal(sigact, 'IQ-DI')).toBe(18_398);
	});
	it('is an older IBC vintage than the national series: 101,413 against S01’s 104,141', () => {
		const national = realData().ibc_civilian_deaths_monthly.filter(
			(r) => r.month >= '2003-03' && r.month <= '2009-06'
		);
		expect(national.every((r) => r.source_id.includes('S01' as SourceId))).toBe(true);
		expect(national.reduce((a, r) => a + (r.deaths ?? 0), 0)).toBe(104_141);
		expect(total(max)).toBeLessThan(104_141);
	});
	it('finds the SIGACT rows without a governorate all zero', () =>
		expect(placeTotal(sigact, UNLOCATED)).toBe(0));
});
