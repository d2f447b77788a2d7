/**
 * The web map of Iraq by governorate: ESOC's 104 districts merged into the 18 governorates, with
 * OpenStreetMap's rivers and cities, as one small TopoJSON file. Pure: takes the parsed JSON of
 * the three raw files, returns the topology to publish.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';
import { cityFeatures, type CityProperties } from './cities';
import {
	codeOfEsocName,
	GOVERNORATE_CODES,
	GOVERNORATES,
	type GovernorateCode
} from './governorates';
import { riverFeatures, type RiverProperties } from './rivers';

/** Checked TopoJSON input (shared with the invasion map's world outlines). */
export { asTopology } from '../topology';

export interface GovernorateProperties {
	readonly code: GovernorateCode;
	readonly name_ar: string;
	readonly name_en: string;
	readonly name_ckb: string;
}

export interface GovernorateObjects extends Objects<
	GovernorateProperties | RiverProperties | CityProperties
> {
	governorates: GeometryCollection<GovernorateProperties>;
	rivers: GeometryCollection<RiverProperties>;
	cities: GeometryCollection<CityProperties>;
}

export type GovernorateTopology = Topology<GovernorateObjects> & {
	/** Who made the geometry: shown with the map and carried inside the file. */
	readonly credit: string;
	readonly source_ids: readonly string[];
};

export const GEOMETRY_CREDIT =
	'Governorate boundaries: ESOC, Princeton University (104 districts merged to 18 governorates). ' +
	'Rivers and cities: © OpenStreetMap contributors, ODbL. ' +
	'Files via github.com/cochransean/iraq-war-vis (MIT).';
export const GEOMETRY_SOURCE_IDS = ['S175', 'S176'] as const;

/**
 * Simplification: Visvalingam's effective area (`planarTriangleArea`, in square degrees on the
 * unprojected coordinates); a vertex whose triangle is smaller than this is dropped. 1e-4 deg²
 * is about 1 km² at Iraq's latitudes: invisible at the ~600 px a page gives the whole country,
 * and it brings 28,000 district and 6,800 river vertices down to about 3,000 (some 35 KB).
 */
export const SIMPLIFY_MIN_WEIGHT = 1e-4;
/** Grid the coordinates snap to: 10,000 steps across Iraq's extent, about 100 m. */
export const QUANTIZATION = 1e4;

const collection = (t: Topology, name: string) => t.objects[name] as GeometryCollection;

type Areal = TopoPolygon | TopoMultiPolygon;
const isAreal = (g: GeometryObject): g is Areal =>
	g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * The districts merged into governorates with topojson's `merge`, which drops the borders
 * between districts of the same governorate. Districts are grouped by `ADM2NAME` (the
 * governorate's name), not by `ADM2CODE`, which is inconsistent in the file.
 */
export function mergeGovernorates(
	districts: Topology,
	object = 'Iraq_districts'
): FeatureCollection<MultiPolygon, GovernorateProperties> {
	const groups = new Map<GovernorateCode, Areal[]>();
	for (const g of collection(districts, object).geometries) {
		const name = (g.properties as { ADM2NAME?: unknown } | undefined)?.ADM2NAME;
		if (!isAreal(g)) throw new TypeError(`district of ${String(name)} is a ${g.type}, not an area`);
		const code = codeOfEsocName(String(name));
		groups.set(code, [...(groups.get(code) ?? []), g]);
	}
	const features = GOVERNORATE_CODES.map((code): Feature<MultiPolygon, GovernorateProperties> => {
		const parts = groups.get(code);
		if (!parts) throw new RangeError(`no district of ${code} in the map`);
		const { ar, en, ckb } = GOVERNORATES[code];
		return {
			type: 'Feature',
			id: code,
			properties: { code, name_ar: ar, name_en: en, name_ckb: ckb },
			geometry: merge(districts, parts)
		};
	});
	return { type: 'FeatureCollection', features };
}

/** The published topology: governorates, rivers and cities, simplified and quantized. */
export function governorateTopology(
	districts: Topology,
	waterways: Topology,
	places: Topology
): GovernorateTopology {
	// The builders check every feature: a river that is not a line, or a city that is not a
	// point or has no entry in CITIES, stops the build.
	const rivers = feature(waterways, collection(waterways, 'waterways'));
	const cities = feature(places, collection(places, 'places'));
	// topojson-server's types drop the objects' property types; these are the objects just passed.
	const full = topology({
		governorates: mergeGovernorates(districts),
		rivers: riverFeatures(rivers),
		cities: cityFeatures(cities)
	}) as Topology<GovernorateObjects>;
	const small = quantize(
		simplify(presimplify(full, planarTriangleArea), SIMPLIFY_MIN_WEIGHT),
		QUANTIZATION
	);
	return { ...small, credit: GEOMETRY_CREDIT, source_ids: GEOMETRY_SOURCE_IDS };
}
