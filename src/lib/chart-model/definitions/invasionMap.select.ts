/**
 * Map geometry and placed events, computed at build time: Natural Earth outlines (world-atlas,
 * 1:50m) projected once, clipped to the view, so the browser receives short path strings only.
 */
import { geoContains, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-50m.json';
import { asTopology, standaloneBy, uniqueSources, type SourceId } from '$lib/stats';
import { cityFeatures } from '$lib/stats/governorates/cities';
import { riverFeatures } from '$lib/stats/governorates/rivers';
import { GOVERNORATE_SOURCE_IDS } from '$lib/stats/governorates/sourceIds';
import type { Lang } from '$lib/i18n/lang';
// The same OpenStreetMap extract as the explore map (data/raw/governorates/README.md).
import places from '../../../../data/raw/governorates/osm_places.topo.json';
import waterways from '../../../../data/raw/governorates/osm_waterways.topo.json';

const WATERWAYS = 'data/raw/governorates/osm_waterways.topo.json';
const PLACES = 'data/raw/governorates/osm_places.topo.json';
const OSM_SOURCE = GOVERNORATE_SOURCE_IDS.osm;
import { compactPath } from '../compactPath';
import { defineSelector } from '../selector';

export interface MapEvent {
	id: string;
	date: string;
	/** Percent of the map, from the left and from the top. */
	x: number;
	y: number;
	place: Record<Lang, string>;
	event: Record<Lang, string>;
	status: string;
	insideIraq: boolean;
	sourceIds: SourceId[];
	/** A standalone source gives it; when not, every text that tells the event says so. */
	standalone: boolean;
}

export interface InvasionMapData {
	iraq: string;
	neighbours: { id: string; d: string; name: Record<Lang, string>; x: number; y: number }[];
	events: MapEvent[];
	/** The Tigris and the Euphrates, which shaped the routes to Baghdad (OpenStreetMap, S176). */
	rivers: { river: 'tigris' | 'euphrates'; d: string }[];
	/** Cities for orientation, from the same extract as the explore map. */
	cities: { name: Record<Lang, string>; x: number; y: number }[];
	sources: SourceId[];
}

/** The cities the invasion went through or towards; the others would crowd the labels. */
const CITIES_SHOWN = new Set([
	'Baghdad',
	'Basra',
	'Nasiriyah',
	'Najaf',
	'Karbala',
	'Kirkuk',
	'Tikrit'
]);

const IRAQ = '368';
const NEIGHBOURS: Record<string, Record<Lang, string>> = {
	'792': { ar: 'تركيا', en: 'Turkey', ckb: 'تورکیا' },
	'760': { ar: 'سوريا', en: 'Syria', ckb: 'سووریا' },
	'364': { ar: 'إيران', en: 'Iran', ckb: 'ئێران' },
	'400': { ar: 'الأردن', en: 'Jordan', ckb: 'ئوردن' },
	'682': { ar: 'السعودية', en: 'Saudi Arabia', ckb: 'عەرەبستانی سعوودی' },
	'414': { ar: 'الكويت', en: 'Kuwait', ckb: 'کوەیت' }
};
const SIZE = 100;
const MARGIN = 6;
const round = (n: number) => Math.round(n * 100) / 100;
/** Triangles smaller than this (square degrees, about 10 km²) are dropped: under a tenth of a unit here. */
const SIMPLIFY_MIN_WEIGHT = 1e-3;
const clamp = (n: number) => Math.min(SIZE - MARGIN, Math.max(MARGIN, n));

export default defineSelector('invasion-map', (d): InvasionMapData => {
	// Simplified before projecting: Natural Earth's 1:50m detail is far finer than the map's
	// tenth-of-a-unit grid (about half a pixel at its widest), and it was most of the story
	// page's first chart by weight.
	const topo = simplify(
		presimplify(
			asTopology(world, 'world-atlas/countries-50m.json', 'countries'),
			planarTriangleArea
		),
		SIMPLIFY_MIN_WEIGHT
	);
	const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>;
	const byId = (id: string) => {
		const f = countries.features.find((c) => String(c.id) === id);
		if (!f) throw new Error(`invasion-map: country ${id} missing from world-atlas`);
		return f;
	};
	const iraq = byId(IRAQ);
	const projection = geoMercator()
		.fitExtent(
			[
				[MARGIN, MARGIN],
				[SIZE - MARGIN, SIZE - MARGIN]
			],
			iraq
		)
		.clipExtent([
			[0, 0],
			[SIZE, SIZE]
		]);
	const geo = geoPath(projection).digits(1);
	const path = Object.assign((f: GeoPermissibleObjects) => compactPath(geo(f) ?? ''), {
		centroid: (f: GeoPermissibleObjects) => geo.centroid(f)
	});
	const standalone = standaloneBy(d);
	const events = d.invasion_timeline.flatMap((e) => {
		if (e.latitude === null || e.longitude === null) return [];
		const [x, y] = projection([e.longitude, e.latitude]) ?? [NaN, NaN];
		return [
			{
				id: e.event_id,
				date: e.date,
				x: round(x),
				y: round(y),
				place: { ar: e.place_ar, en: e.place_en, ckb: e.place_ckb },
				event: { ar: e.event_ar, en: e.event_en, ckb: e.event_ckb },
				status: e.status,
				insideIraq: geoContains(iraq as GeoPermissibleObjects, [e.longitude, e.latitude]),
				sourceIds: e.source_id,
				standalone: standalone(e.source_id)
			}
		];
	});
	// rivers keep more of their bends than borders: a meander is what makes a line read as a river
	const rivers = simplify(
		presimplify(asTopology(waterways, WATERWAYS, 'waterways'), planarTriangleArea),
		SIMPLIFY_MIN_WEIGHT / 5
	);
	const cities = asTopology(places, PLACES, 'places');
	const riverLines = riverFeatures(feature(rivers, rivers.objects.waterways));
	const placePoints = cityFeatures(feature(cities, cities.objects.places));
	return {
		iraq: path(iraq) ?? '',
		rivers: riverLines.features.flatMap((r) =>
			r.properties.river === 'other' ? [] : [{ river: r.properties.river, d: path(r) ?? '' }]
		),
		cities: placePoints.features.flatMap((c) => {
			if (!CITIES_SHOWN.has(c.properties.name_en)) return [];
			const [x, y] = projection(c.geometry.coordinates as [number, number]) ?? [NaN, NaN];
			return [
				{
					name: { ar: c.properties.name_ar, en: c.properties.name_en, ckb: c.properties.name_ckb },
					x: round(x),
					y: round(y)
				}
			];
		}),
		neighbours: Object.entries(NEIGHBOURS).map(([id, name]) => {
			const f = byId(id);
			const [x, y] = path.centroid(f);
			return { id, d: path(f) ?? '', name, x: round(clamp(x)), y: round(clamp(y)) };
		}),
		events,
		sources: uniqueSources([...events.map((e) => e.sourceIds), [OSM_SOURCE as SourceId]])
	};
});
