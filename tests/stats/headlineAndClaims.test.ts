import { describe, expect, it } from 'vitest';
import {
	checkedClaims,
	compare,
	isOffByFactor,
	RATINGS_FOR,
	FIGURE_IDS,
	headlineFigures,
	ibcTotal,
	summaryJson,
	usDeathsTotal,
	usWoundedTotal
} from '$lib/stats';
import { readReal, realData, withFixtures } from '../helpers';
import type { Figure } from '$lib/stats';

const figure = (value: number): Figure => ({
	value,
	unit: 'deaths',
	measure: 'us_military_deaths',
	period: '',
	sourceIds: [],
	basis: 'reported',
	qualifier: 'exact',
	status: 'verified'
});

const d = realData();
const figures = headlineFigures(d);

describe('headline figures', () => {
	it('include every id summary.json promises', () => {
		for (const id of [
			'us_deaths_total',
			'us_wounded_total',
			'uk_deaths_total',
			'coalition_deaths_total',
			'coalition_deaths_non_us',
			'coalition_countries_with_deaths',
			'ibc_civilian_deaths_2003_2013',
			'ibc_peak_year',
			'ibc_peak_year_deaths',
			'invasion_days_to_baghdad'
		])
			expect(FIGURE_IDS).toContain(id);
	});
	it('every figure has a value, a period and at least one source', () => {
		for (const id of FIGURE_IDS) {
			const f = figures[id];
			expect(Number.isFinite(f.value), id).toBe(true);
			expect(f.period, id).not.toBe('');
			expect(f.sourceIds.length, id).toBeGreaterThan(0);
		}
	});
	it('the invasion took 20 days from the first strike (20 March) to Firdos Square (9 April)', () => {
		expect(figures.invasion_days_to_baghdad).toMatchObject({
			value: 20,
			period: '2003-03-20/2003-04-09'
		});
	});
	it('are the module’s own functions, not copies', () => {
		expect(figures.us_deaths_total).toEqual(usDeathsTotal(d));
		expect(figures.ibc_civilian_deaths_2003_2013).toEqual(ibcTotal(d, 2003, 2013));
	});
	it('summaryJson has the documented snake_case shape', () => {
		const json = summaryJson(figures);
		expect(json.us_wounded_total).toEqual({
			value: usWoundedTotal(d).value,
			unit: 'wounded',
			period: usWoundedTotal(d).period,
			source_ids: ['S170'],
			measure: 'us_wounded_in_action',
			basis: 'reported',
			qualifier: 'exact',
			status: 'verified'
		});
	});
});

describe('claims vs sourced figures', () => {
	const table = [
		{
			name: 'a claim under the figure',
			claimed: 4500,
			value: 32246,
			expected: { difference: 27746, ratio: 32246 / 4500 }
		},
		{
			name: 'a claim over the figure',
			claimed: 500000,
			value: 128995,
			expected: { difference: -371005, ratio: 0.25799 }
		},
		{
			name: 'a claim with no number',
			claimed: null,
			value: 815e9,
			expected: { difference: null, ratio: null }
		}
	];
	for (const { name, claimed, value, expected } of table)
		it(`compare: ${name}`, () => expect(compare(claimed, figure(value))).toEqual(expected));

	it('the text’s ~4,500 wounded is compared with the official count', () => {
		const c10 = checkedClaims(d, figures).find((c) => c.id === 'C10')!;
		expect(c10.claimed).toBe(4500);
		expect(c10.comparisons[0]).toMatchObject({
			figureId: 'us_wounded_total',
			difference: figures.us_wounded_total.value - 4500
		});
	});
	it('every numeric claim with a settled figure of its measure has a sourced comparison', () => {
		const claims = checkedClaims(d, figures);
		for (const id of ['C01', 'C09', 'C10', 'C11', 'C13'])
			expect(claims.find((c) => c.id === id)!.comparisons.length, id).toBeGreaterThan(0);
	});
	it('the Thunder Run counts are compared in words only: no primary or press source gives them', () => {
		const claims = checkedClaims(d, figures);
		for (const id of ['C06', 'C06B']) {
			const c = claims.find((x) => x.id === id)!;
			expect(c.comparisons, id).toEqual([]);
			expect(c.rating, id).toBe('partly_accurate');
		}
		expect(figures.thunder_run_abrams.status).toBe('unverified');
	});
	it('the published rule holds for every claim: a number off by 2× or more from every figure of its measure is rated false', () => {
		for (const c of checkedClaims(d, figures))
			if (isOffByFactor(c.comparisons, c.sameMeasure, c.claimed))
				expect(c.rating, c.id).toBe('false');
		const offenders = checkedClaims(d, figures).filter((c) =>
			isOffByFactor(c.comparisons, c.sameMeasure, c.claimed)
		);
		expect(offenders.map((c) => c.id).sort()).toEqual(['C10', 'C13']);
	});
	it('what a claim gets wrong decides its rating, so errors of one kind are rated alike (C05’s place, C14’s actor)', () => {
		const claims = checkedClaims(d, figures);
		for (const c of d.claims)
			expect(RATINGS_FOR[c.wrong_element ?? 'nothing'], c.claim_id).toContain(c.rating);
		const byId = new Map(claims.map((c) => [c.id, c.rating]));
		expect([byId.get('C05'), byId.get('C14')]).toEqual(['partly_accurate', 'partly_accurate']);
	});
	it('a wrong place rated mostly accurate is a build error naming the claim and the rule', () => {
		const text = readReal('claims').replace(
			/(\nC05,.*?),where,partly_accurate,/s,
			'$1,where,mostly_accurate,'
		);
		expect(text).not.toBe(readReal('claims'));
		expect(() => checkedClaims(withFixtures({ claims: text }), figures)).toThrow(
			/claim C05 gets where wrong \(wrong_element\) but is rated "mostly_accurate"/
		);
	});
	it('rating such a claim anything but false is a build error naming the claim', () => {
		const text = readReal('claims').replace(
			'us_wounded_in_action,us_wounded_total,,number,false,',
			'us_wounded_in_action,us_wounded_total,,number,partly_accurate,'
		);
		expect(text).not.toBe(readReal('claims'));
		expect(() => checkedClaims(withFixtures({ claims: text }), figures)).toThrow(
			/claim C10 is rated "partly_accurate", but its number is off by a factor of 2/
		);
	});
	it('a number within a factor of two is not held to the rule', () => {
		expect(
			isOffByFactor([
				{ ...compare(300_000, figure(290_000)), figureId: 'x', figure: figure(290_000) } as never
			])
		).toBe(false);
		expect(isOffByFactor([])).toBe(false);
	});
	it('an estimate of the same measure within a factor of two (either end of its range) lifts the rule', () => {
		const far = { ...compare(500_000, figure(122_438)), figureId: 'x', figure: figure(122_438) };
		const range = (low: number, high: number) =>
			({ central: null, low, high, measureType: 'documented_civilian' }) as never;
		expect(isOffByFactor([far as never], [range(182_272, 204_575)], 500_000)).toBe(true);
		expect(isOffByFactor([far as never], [range(182_272, 260_000)], 500_000)).toBe(false);
	});
	it('C13’s same-measure counts (IBC’s range, Costs of War’s civilians) are weighed; the surveys are other measures', () => {
		const c13 = checkedClaims(d, figures).find((c) => c.id === 'C13')!;
		expect(c13.sameMeasure.map((e) => e.id)).toEqual(['ibc-2013', 'cow-2018-civilians']);
		expect(c13.otherMeasures.map((e) => e.id)).toEqual(['plos-2013', 'plos-2013-migration']);
	});
	it('an unknown figure id in claims.csv is an error, not a silent blank', () => {
		const text = readReal('claims').replace('us_wounded_total', 'us_wounded_totl');
		expect(() => checkedClaims(withFixtures({ claims: text }), figures)).toThrow(
			/claim C10 compares to unknown figure "us_wounded_totl"/
		);
	});
});
