import { describe, expect, it } from 'vitest';
import { compareSources } from '$lib/chart-model/explore/compare';
import { defaultState, withChange } from '$lib/chart-model/explore/state';
import { exploreRows, sortRows } from '$lib/chart-model/explore/table';
import {
	binOf,
	binThresholds,
	placeValues,
	selectionSeries,
	sumOver
} from '$lib/chart-model/explore/view';
import type { MonthKey } from '$lib/stats';
import { fixture, MONTHS } from './fixture';

const m = (s: string) => s as MonthKey;

const data = fixture();
const base = defaultState(MONTHS);
const state = (next: Parameters<typeof withChange>[1]) => withChange(base, next, MONTHS);

describe('sumOver', () => {
	const cases = [
		{ series: [1, 2, 3], from: 0, to: 2, expected: 6 },
		{ series: [null, 2, 3], from: 0, to: 0, expected: null },
		{ series: [null, 2, 3], from: 0, to: 1, expected: 2 },
		{ series: [0, 0], from: 0, to: 1, expected: 0 }
	];
	for (const c of cases)
		it(`${JSON.stringify(c.series)} [${c.from}, ${c.to}] → ${c.expected}`, () => {
			expect(sumOver(c.series, c.from, c.to)).toBe(c.expected);
		});
});

describe('the map: each governorate over the range', () => {
	it('counts', () => {
		const v = placeValues(data, state({ from: m('2004-02'), to: m('2004-03') }));
		expect(v.find((x) => x.code === 'IQ-BG')!.value).toBe(500);
		expect(v.find((x) => x.code === 'IQ-AN')!.value).toBe(50);
	});
	it('rates per 100,000 people', () => {
		const v = placeValues(data, state({ per: '100k' }));
		expect(v.find((x) => x.code === 'IQ-BG')!.value).toBeCloseTo(60, 9); // 600 / 1,000,000 × 100,000
		expect(v.find((x) => x.code === 'IQ-AN')!.value).toBeCloseTo(60, 9); // 60 / 100,000 × 100,000
	});
	it('no data (not 0) where the source covers none of the range', () => {
		const v = placeValues(data, state({ measure: 'sigact', from: m('2004-01'), to: m('2004-01') }));
		expect(v.every((x) => x.value === null)).toBe(true);
	});
});

describe('the series', () => {
	it('is the whole country, with deaths not placed, when nothing is selected', () => {
		expect(selectionSeries(data, base).map((p) => p.value)).toEqual([105 + 10, 220, 330]);
	});
	it('is the sum of the selection, the range marked', () => {
		const s = selectionSeries(
			data,
			state({ gov: ['IQ-BG', 'IQ-AN'], from: m('2004-02'), to: m('2004-02') })
		);
		expect(s.map((p) => p.value)).toEqual([110, 220, 330]);
		expect(s.map((p) => p.inRange)).toEqual([false, true, false]);
	});
});

describe('colour classes', () => {
	it('breaks are rounded quantiles, each class used once', () => {
		expect(binThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([3, 5, 7, 9]);
		expect(binThresholds([null, 0])).toEqual([]);
	});
	it('binOf places a value, null stays no data', () => {
		expect(binOf(2, [3, 5])).toBe(0);
		expect(binOf(5, [3, 5])).toBe(2);
		expect(binOf(null, [3, 5])).toBeNull();
	});
});

describe('the table and the comparison', () => {
	it('one row per place and year; not located listed for the whole country', () => {
		const rows = exploreRows(data, base);
		expect(rows).toHaveLength(19);
		expect(rows.at(-1)).toMatchObject({ place: 'unlocated', ibcMin: 5, sigact: null, rate: null });
	});
	it('by month, each row carries the sources of its values', () => {
		const rows = exploreRows(data, state({ gov: ['IQ-BG'], by: 'month' }));
		expect(rows.map((r) => r.sourceIds)).toEqual([
			['S172', 'S181'],
			['S172', 'S173', 'S181'],
			['S172', 'S173', 'S181']
		]);
	});
	it('sorts by a column, blanks last in either direction', () => {
		const rows = exploreRows(data, state({ measure: 'sigact', by: 'month', gov: ['IQ-BG'] }));
		const by = (dir: 'asc' | 'desc') => sortRows(rows, 'sigact', dir, String).map((r) => r.sigact);
		expect(by('asc')).toEqual([50, 60, null]);
		expect(by('desc')).toEqual([60, 50, null]);
	});
	it('compares the sources without mixing them; surveys only for the whole country', () => {
		const c = compareSources(data, state({ gov: ['IQ-BG'] }), []);
		expect(c).toMatchObject({ ibcMin: 600, ibcMax: 660, sigact: 110, sigactPartial: true });
		expect(compareSources(data, state({ from: m('2004-02') }), []).sigactPartial).toBe(false);
	});
});
