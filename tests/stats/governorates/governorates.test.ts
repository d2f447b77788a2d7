import { csvParse } from 'd3-dsv';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	codeOfEsocName,
	ESOC_NAMES,
	GOVERNORATE_CODES,
	GOVERNORATES,
	governorateOfSlug,
	isGovernorateCode
} from '$lib/stats/governorates';
import { readRaw, realTopologies } from './raw';

describe('GOVERNORATES', () => {
	it('GOVERNORATE_CODES lists each of the 18 governorates exactly once', () => {
		expect(GOVERNORATE_CODES).toHaveLength(18);
		expect([...GOVERNORATE_CODES].sort()).toEqual(Object.keys(GOVERNORATES).sort());
	});
	it('uses the official Arabic names', () => {
		const official =
			'الأنبار، بابل، بغداد، البصرة، دهوك، ديالى، أربيل، كربلاء، ميسان، المثنى، النجف، نينوى، القادسية، صلاح الدين، السليمانية، كركوك، ذي قار، واسط';
		expect(GOVERNORATE_CODES.map((c) => GOVERNORATES[c].ar).sort()).toEqual(
			official.split('، ').sort()
		);
	});
	it('isGovernorateCode accepts codes and refuses anything else', () => {
		expect(isGovernorateCode('IQ-BG')).toBe(true);
		expect(isGovernorateCode('IQ-XX')).toBe(false);
		expect(isGovernorateCode('toString')).toBe(false);
	});
});

describe('codeOfEsocName(name)', () => {
	const cases = [
		{ name: 'Baghdad', expected: 'IQ-BG' },
		{ name: 'Tameem', expected: 'IQ-KI' },
		{ name: 'Ninewa', expected: 'IQ-NI' },
		{ name: 'Babylon', expected: 'IQ-BB' },
		{ name: 'Thi-Qar', expected: 'IQ-DQ' },
		{ name: 'Qadissiya', expected: 'IQ-QA' },
		{ name: 'Salah al-Din', expected: 'IQ-SD' },
		{ name: 'Dahuk', expected: 'IQ-DA' }
	];
	for (const { name, expected } of cases)
		it(`reads ${name} as ${expected}`, () => expect(codeOfEsocName(name)).toBe(expected));

	const unknown = ['Kirkuk', 'baghdad', 'Baghdad ', 'Tameem (Kirkuk)', ''];
	for (const name of unknown)
		it(`refuses "${name}" rather than dropping the row`, () =>
			expect(() => codeOfEsocName(name)).toThrow(/unknown governorate/));

	it('knows every governorate name in every raw file, and each file names all 18', () => {
		const districts = realTopologies().districts.objects.Iraq_districts as GeometryCollection<{
			ADM2NAME: string;
		}>;
		const names = {
			ibc: new Set(
				csvParse(readRaw('esoc_ibc_incidents_2003_2009.csv').replace(/\r\n?/g, '\n')).map(
					(r) => r.governorate!
				)
			),
			sigacts: new Set(
				csvParse(readRaw('esoc_sigacts_governorate_month.csv')).map((r) => r.governorate!)
			),
			population: new Set(
				csvParse(readRaw('wfp_population_by_district.csv')).map((r) => r.governorate!)
			),
			map: new Set(districts.geometries.map((g) => (g.properties as { ADM2NAME: string }).ADM2NAME))
		};
		for (const [file, set] of Object.entries(names)) {
			set.delete(''); // a blank governorate is "not located", handled by the parsers
			expect([...set].sort(), file).toEqual([...ESOC_NAMES].sort());
			for (const name of set) expect(isGovernorateCode(codeOfEsocName(name)), name).toBe(true);
		}
	});
});

describe('governorate page slugs', () => {
	it('each governorate has one URL-safe slug, and every slug leads back to it', () => {
		const slugs = GOVERNORATE_CODES.map((c) => GOVERNORATES[c].slug);
		expect(new Set(slugs).size).toBe(18);
		for (const s of slugs) expect(s).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
		for (const c of GOVERNORATE_CODES) expect(governorateOfSlug(GOVERNORATES[c].slug)).toBe(c);
		expect(governorateOfSlug('atlantis')).toBeNull();
	});
});
