import { describe, expect, it } from 'vitest';
import {
	GOVERNORATE_CODES,
	governoratePopulation,
	parseDistrictPopulations,
	per100k,
	type DistrictPopulation
} from '$lib/stats/governorates';
import { csv } from '../../helpers';
import { realDistricts } from './raw';

describe('the real WFP file', () => {
	const districts = realDistricts();
	it('has 104 districts', () => expect(districts).toHaveLength(104));
	it('sums to the README’s 2007 totals: Iraq 29,682,081, Baghdad 7,145,470', () => {
		const p = governoratePopulation(districts, 2007);
		expect(Object.values(p).reduce((a, b) => a + b, 0)).toBe(29_682_081);
		expect(p['IQ-BG']).toBe(7_145_470);
	});
	it('gives every governorate a positive population in every year', () => {
		for (const year of [2003, 2005, 2007] as const) {
			const p = governoratePopulation(districts, year);
			for (const code of GOVERNORATE_CODES) expect(p[code], `${code} ${year}`).toBeGreaterThan(0);
		}
	});
});

describe('governoratePopulation(districts, year)', () => {
	const d = (governorate: DistrictPopulation['governorate'], p: number): DistrictPopulation => ({
		district: 'x',
		governorate,
		population: { 2003: p, 2005: p, 2007: p }
	});
	it('rounds after summing, so fractional districts do not drift', () => {
		const all = GOVERNORATE_CODES.map((c) => d(c, 1));
		const p = governoratePopulation([...all, d('IQ-BG', 0.4), d('IQ-BG', 0.4)], 2003);
		expect(p['IQ-BG']).toBe(2); // 1 + 0.4 + 0.4 = 1.8, not 1 + 0 + 0
	});
	it('refuses a governorate with no district rather than reporting 0 people', () =>
		expect(() => governoratePopulation([d('IQ-BG', 5)], 2007)).toThrow(/no district of IQ-AN/));
});

describe('parseDistrictPopulations(text, file)', () => {
	it('names file, line and column of a bad population', () => {
		const text = csv(
			'district,wfp_pop2003,wfp_pop2005,wfp_pop2007,governorate',
			'Adhamiya,830829,802118,842315,Baghdad',
			'Kut,299744.5,364985,3.8e5,Wassit'
		);
		expect(() => parseDistrictPopulations(text, 'pop.csv')).toThrow(
			'pop.csv:3:4 (wfp_pop2007): expected a decimal number, got "3.8e5"'
		);
	});
});

describe('per100k(count, population)', () => {
	const cases = [
		{ count: 50, population: 100_000, expected: 50 },
		{ count: 48_598, population: 7_145_470, expected: (48_598 / 7_145_470) * 100_000 },
		{ count: 0, population: 26, expected: 0 },
		{ count: null, population: 1000, expected: null }
	];
	for (const { count, population, expected } of cases)
		it(`${count} in ${population} people`, () => expect(per100k(count, population)).toBe(expected));
	it('refuses a population that is not positive', () => {
		expect(() => per100k(1, 0)).toThrow(RangeError);
		expect(() => per100k(1, Number.NaN)).toThrow(RangeError);
	});
});
