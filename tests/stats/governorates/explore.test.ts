import { describe, expect, it } from 'vitest';
import type { MonthKey } from '$lib/stats/brand';
import {
	exploreData,
	GOVERNORATE_CODES,
	governorateMonthRows,
	ibcMonthlyCounts,
	PLACES,
	sigactMonthlyCounts,
	UNLOCATED,
	type MonthlyCounts,
	type Place
} from '$lib/stats/governorates';
import { realCositPopulation, realIncidents, realSigacts } from './raw';

/** A table with one value in one place and month, zero elsewhere. */
function table(months: string[], place: Place, month: string, value: number): MonthlyCounts {
	return {
		months: months as MonthKey[],
		byPlace: Object.fromEntries(
			PLACES.map((p) => [p, months.map((m) => (p === place && m === month ? value : 0))])
		) as Record<Place, number[]>
	};
}

const population2010 = Object.fromEntries(GOVERNORATE_CODES.map((c) => [c, 1000])) as Record<
	(typeof GOVERNORATE_CODES)[number],
	number
>;

describe('exploreData on a small fixture', () => {
	const data = exploreData({
		ibcMin: table(['2004-01', '2004-02'], 'IQ-AN', '2004-01', 3),
		ibcMax: table(['2004-01', '2004-02'], UNLOCATED, '2004-02', 4),
		sigact: table(['2004-02', '2004-03'], 'IQ-BG', '2004-03', 7),
		population2010
	});
	it('spans the union of the sources’ months', () =>
		expect(data.months).toEqual(['2004-01', '2004-02', '2004-03']));
	it('writes a month a source does not cover as null, not 0', () => {
		const bg = GOVERNORATE_CODES.indexOf('IQ-BG');
		expect(data.sigact[bg]).toEqual([null, 0, 7]);
		expect(data.ibcMin[bg]).toEqual([0, 0, null]);
	});
	it('indexes the dense arrays by codes', () =>
		expect(data.ibcMin[data.codes.indexOf('IQ-AN')]).toEqual([3, 0, null]));
	it('keeps unlocated deaths in their own series and in the national one', () => {
		expect(data.unlocated.ibcMax).toEqual([0, 4, null]);
		expect(data.national.ibcMax).toEqual([0, 4, null]);
		expect(data.national.sigact).toEqual([null, 0, 7]);
	});
	it('records each source’s coverage', () =>
		expect(data.coverage).toEqual({ ibc: ['2004-01', '2004-02'], sigact: ['2004-02', '2004-03'] }));
	it('publishes one row per governorate × month, plus unlocated rows only where non-zero', () => {
		const rows = governorateMonthRows(data);
		expect(rows).toHaveLength(18 * 3 + 1);
		expect(rows.filter((r) => r.governorate_code === UNLOCATED)).toEqual([
			{
				month: '2004-02',
				governorate_code: 'unlocated',
				governorate_en: 'Not located',
				governorate_ar: 'غير محدد المحافظة',
				governorate_ckb: 'پارێزگاکەی دیاری نەکراوە',
				ibc_min: 0,
				ibc_max: 4,
				sigact: 0,
				source_ids: ['S172', 'S173']
			}
		]);
		expect(rows.find((r) => r.month === '2004-03' && r.governorate_code === 'IQ-BG')).toEqual({
			month: '2004-03',
			governorate_code: 'IQ-BG',
			governorate_en: 'Baghdad',
			governorate_ar: 'بغداد',
			governorate_ckb: 'بەغدا',
			ibc_min: null,
			ibc_max: null,
			sigact: 7,
			source_ids: ['S173']
		});
	});
});

describe('exploreData on the real files', () => {
	const ibcMin = ibcMonthlyCounts(realIncidents(), 'min');
	const data = exploreData({
		ibcMin,
		ibcMax: ibcMonthlyCounts(realIncidents(), 'max'),
		sigact: sigactMonthlyCounts(realSigacts()),
		population2010: realCositPopulation()
	});
	const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
	it('covers 2003-03 … 2009-06 with SIGACTs null outside 2004-02 … 2009-02', () => {
		expect(data.months).toHaveLength(76);
		expect(data.coverage.sigact).toEqual(['2004-02', '2009-02']);
		const nulls = data.national.sigact.flatMap((v, i) => (v === null ? [data.months[i]] : []));
		expect(nulls).toHaveLength(76 - 61);
	});
	it('adds up: governorates + unlocated = national = the checked totals', () => {
		expect(sum(data.national.ibcMin)).toBe(92_926);
		expect(sum(data.national.ibcMax)).toBe(101_413);
		expect(sum(data.national.sigact)).toBe(194_978);
		expect(sum(data.ibcMin.map(sum)) + sum(data.unlocated.ibcMin)).toBe(92_926);
		expect(sum(data.unlocated.ibcMin)).toBe(188);
	});
	it('the published rows add up to the same totals', () => {
		const rows = governorateMonthRows(data);
		expect(sum(rows.map((r) => r.ibc_min))).toBe(92_926);
		expect(sum(rows.map((r) => r.ibc_max))).toBe(101_413);
		expect(sum(rows.map((r) => r.sigact))).toBe(194_978);
	});
	it('is small enough to ship with the page (under 20 KB of JSON)', () =>
		expect(JSON.stringify(data).length).toBeLessThan(20_000));
});
