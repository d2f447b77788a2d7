import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
	asTopology,
	cityFeatures,
	CITIES,
	GOVERNORATE_CODES,
	governorateTopology,
	mergeGovernorates,
	riverOf,
	type CityProperties,
	type GovernorateProperties,
	type RiverProperties
} from '$lib/stats/governorates';
import { realTopologies } from './raw';

const { districts, waterways, places } = realTopologies();
const topo = governorateTopology(districts, waterways, places);
const governorates = feature(topo, topo.objects.governorates) as FeatureCollection<
	MultiPolygon,
	GovernorateProperties
>;
const cities = feature(topo, topo.objects.cities) as FeatureCollection<Point, CityProperties>;
const rivers = feature(topo, topo.objects.rivers);
const merged = mergeGovernorates(districts);

const baghdad = cities.features.find((c) => c.properties.name_en === 'Baghdad')!;
/** The feature of one governorate in a collection. */
const byCode = <F extends { properties: { code: string } }>(
	fc: { features: F[] },
	code: string
): F => fc.features.find((f) => f.properties.code === code)!;

describe('mergeGovernorates(districts): 104 districts into 18 governorates, by name', () => {
	it('makes exactly 18 features, one per code, in GOVERNORATE_CODES order', () =>
		expect(merged.features.map((f) => f.properties.code)).toEqual([...GOVERNORATE_CODES]));
	it('winds every ring so that d3-geo sees a small area, not the rest of the globe', () => {
		for (const f of merged.features) expect(geoArea(f), f.properties.code).toBeLessThan(0.01); // steradians; the sphere is 4π
	});
	it('refuses a district whose governorate it does not know', () => {
		const bad = structuredClone(districts) as typeof districts;
		const g = (bad.objects.Iraq_districts as { geometries: { properties: object }[] }).geometries;
		g[0]!.properties = { ADM2NAME: 'Kirkuk' };
		expect(() => mergeGovernorates(bad)).toThrow(/unknown governorate "Kirkuk"/);
	});
});

describe('governorateTopology(districts, waterways, places): the published map', () => {
	it('has exactly 18 governorates, each with its code and both names', () => {
		expect(governorates.features).toHaveLength(18);
		expect(governorates.features.map((f) => f.properties.code).sort()).toEqual(
			[...GOVERNORATE_CODES].sort()
		);
		for (const { properties: p } of governorates.features) {
			expect(p.name_ar, p.code).toMatch(/[\u0600-\u06ff]/);
			expect(p.name_en, p.code).toMatch(/^[A-Z]/);
		}
	});
	it('puts Baghdad’s city point (OpenStreetMap) inside IQ-BG, and in no other governorate', () => {
		const at = baghdad.geometry.coordinates as [number, number];
		expect(geoContains(byCode(governorates, 'IQ-BG'), at)).toBe(true);
		const others = governorates.features.filter((f) => geoContains(f, at));
		expect(others.map((f) => f.properties.code)).toEqual(['IQ-BG']);
	});
	it('puts every city inside its own governorate, before and after simplification', () => {
		for (const c of cities.features) {
			const at = c.geometry.coordinates as [number, number];
			const code = c.properties.governorate;
			expect(geoContains(byCode(merged, code), at), `${c.properties.name_en} (full)`).toBe(true);
			expect(geoContains(byCode(governorates, code), at), c.properties.name_en).toBe(true);
		}
	});
	it('names all 16 cities in Arabic and English', () => {
		expect(cities.features).toHaveLength(16);
		expect(
			cities.features.map((c) => c.properties.name_ar).every((n) => /[\u0600-\u06ff]/.test(n))
		).toBe(true);
	});
	it('keeps the Tigris and the Euphrates as named lines, and the other rivers unnamed', () => {
		const props = rivers.features.map((f) => f.properties as RiverProperties);
		expect(props).toEqual([
			{ river: 'tigris', name_en: 'Tigris', name_ar: 'دجلة', name_ckb: 'دیجلە' },
			{ river: 'euphrates', name_en: 'Euphrates', name_ar: 'الفرات', name_ckb: 'فورات' },
			{ river: 'other' }
		]);
	});
	it('carries its credit and sources inside the file', () => {
		expect(topo.credit).toMatch(/ESOC/);
		expect(topo.credit).toMatch(/OpenStreetMap contributors/);
		expect(topo.credit).toMatch(/ODbL/);
		expect(topo.source_ids).toEqual(['S175', 'S176']);
	});
	it('is small: at most 60 KB of minified JSON, quantized', () => {
		expect(JSON.stringify(topo).length).toBeLessThanOrEqual(60_000);
		expect(topo.transform).toBeDefined();
	});
});

describe('riverOf(name): the Tigris and the Euphrates, whatever language or mangling', () => {
	const cases = [
		{ name: 'tigris', expected: 'tigris' },
		{ name: 'Dicle Nehri', expected: 'tigris' },
		{ name: 'Ù\x86Ù\x87Ø± Ø¯Ø¬Ù\x84Ø©', expected: 'tigris' }, // نهر دجلة read as Latin-1
		{ name: 'Euphrates', expected: 'euphrates' },
		{ name: 'Khabur', expected: 'other' },
		{ name: 0, expected: 'other' },
		{ name: undefined, expected: 'other' }
	];
	for (const { name, expected } of cases)
		it(`${JSON.stringify(name)} is ${expected}`, () => expect(riverOf(name)).toBe(expected));
});

describe('cityFeatures(places)', () => {
	it('refuses a city without an Arabic name in CITIES', () => {
		const unknown = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: { osm_id: 1 },
					geometry: { type: 'Point' as const, coordinates: [43.1, 36.3] }
				}
			]
		};
		expect(() => cityFeatures(unknown)).toThrow(/OSM place 1 has no entry in CITIES/);
	});
	it('has an entry for every place in the extract', () => expect(CITIES.size).toBe(16));
});

describe('asTopology(json, file, object)', () => {
	it('names the file when the JSON is not the expected topology', () => {
		expect(() => asTopology({ type: 'FeatureCollection' }, 'x.json', 'o')).toThrow(
			'x.json: expected a TopoJSON Topology'
		);
		expect(() => asTopology({ type: 'Topology', arcs: [], objects: {} }, 'x.json', 'o')).toThrow(
			'x.json: expected a GeometryCollection named "o"'
		);
	});
});
