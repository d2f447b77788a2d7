import { describe, expect, it } from 'vitest';
import { governoratePopulation, parseCositPopulation } from '$lib/stats/governorates';
import { COSIT_FILE, readRaw, realCositPopulation, realDistricts } from './raw';

const HEADER = 'governorate,name_ar,urban,rural,total,source_id_hint';
const real = readRaw('cosit_population_2010.csv');

describe('the real COSIT 2010 file (the rates’ denominator)', () => {
	const pop = realCositPopulation();
	it('sums to the README’s 32,489,971 over 18 governorates (the table prints 32,489,972)', () => {
		expect(Object.keys(pop)).toHaveLength(18);
		expect(Object.values(pop).reduce((a, b) => a + b, 0)).toBe(32_489_971);
	});
	it('gives the README’s checked governorates', () => {
		expect(pop['IQ-DA']).toBe(1_100_187);
		expect(pop['IQ-KI']).toBe(1_360_442);
		expect(pop['IQ-NI']).toBe(3_187_945);
		expect(pop['IQ-DI']).toBe(1_406_592);
		expect(pop['IQ-BG']).toBe(6_878_039);
	});
	it('is why the WFP figures are not the denominator: WFP/COSIT is 0.33 in Dahuk, 0.66 in Kirkuk, 0.77 in Basra', () => {
		const wfp = governoratePopulation(realDistricts(), 2007);
		const ratio = (c: keyof typeof pop) => Math.round((wfp[c] / pop[c]) * 100) / 100;
		expect([ratio('IQ-DA'), ratio('IQ-KI'), ratio('IQ-BA')]).toEqual([0.33, 0.66, 0.77]);
	});
});

describe('parseCositPopulation(text, file)', () => {
	it('names file, line and column when a total is not urban plus rural, beyond the table’s rounding', () => {
		const bad = real.replace(
			'Dahuk,دهوك,807178,293008,1100187',
			'Dahuk,دهوك,807178,293008,1100193'
		);
		expect(() => parseCositPopulation(bad, COSIT_FILE)).toThrow(
			/cosit_population_2010\.csv:18:5 \(total\): urban 807178 \+ rural 293008/
		);
	});
	it('names the cell of a population that is not a whole number', () => {
		const bad = real.replace('Baghdad,بغداد,5995812', 'Baghdad,بغداد,5,995,812');
		expect(() => parseCositPopulation(bad, COSIT_FILE)).toThrow(/cosit_population_2010\.csv:6:/);
	});
	it('refuses a governorate given twice, or one missing, rather than a population of 0', () => {
		const rows = real.trim().split('\n');
		expect(() => parseCositPopulation([...rows, rows[1]].join('\n'), 'f.csv')).toThrow(/twice/);
		expect(() => parseCositPopulation([HEADER, ...rows.slice(2)].join('\n'), 'f.csv')).toThrow(
			/no population for IQ-NI/
		);
	});
});
