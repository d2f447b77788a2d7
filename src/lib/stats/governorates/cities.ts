/**
 * The 16 cities in the OpenStreetMap extract (Mosul, Amarah and Kut are not in it), keyed by
 * OSM node id: the extract's own names are English transliterations only, so the Arabic names,
 * the page's English spelling and each city's governorate are added here.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { GovernorateCode } from './governorates';

export interface CityProperties {
	readonly name_en: string;
	readonly name_ar: string;
	readonly name_ckb: string;
	readonly governorate: GovernorateCode;
}

export const CITIES: ReadonlyMap<number, CityProperties> = new Map([
	[21034458, { name_en: 'Baghdad', name_ar: 'بغداد', name_ckb: 'بەغدا', governorate: 'IQ-BG' }],
	[99474380, { name_en: 'Dohuk', name_ar: 'دهوك', name_ckb: 'دهۆک', governorate: 'IQ-DA' }],
	[99475476, { name_en: 'Erbil', name_ar: 'أربيل', name_ckb: 'هەولێر', governorate: 'IQ-AR' }],
	[117588607, { name_en: 'Basra', name_ar: 'البصرة', name_ckb: 'بەسرە', governorate: 'IQ-BA' }],
	[
		192581952,
		{ name_en: 'Fallujah', name_ar: 'الفلوجة', name_ckb: 'فەللووجە', governorate: 'IQ-AN' }
	],
	[245952169, { name_en: 'Karbala', name_ar: 'كربلاء', name_ckb: 'کەربەلا', governorate: 'IQ-KA' }],
	[248191492, { name_en: 'Ramadi', name_ar: 'الرمادي', name_ckb: 'ڕومادی', governorate: 'IQ-AN' }],
	[
		248421092,
		{ name_en: 'Diwaniyah', name_ar: 'الديوانية', name_ckb: 'دیوانیە', governorate: 'IQ-QA' }
	],
	[248421600, { name_en: 'Tikrit', name_ar: 'تكريت', name_ckb: 'تکریت', governorate: 'IQ-SD' }],
	[248436981, { name_en: 'Kirkuk', name_ar: 'كركوك', name_ckb: 'کەرکووک', governorate: 'IQ-KI' }],
	[
		248441053,
		{ name_en: 'Sulaymaniyah', name_ar: 'السليمانية', name_ckb: 'سلێمانی', governorate: 'IQ-SU' }
	],
	[248689519, { name_en: 'Samawah', name_ar: 'السماوة', name_ckb: 'سەماوە', governorate: 'IQ-MU' }],
	[
		248690226,
		{ name_en: 'Nasiriyah', name_ar: 'الناصرية', name_ckb: 'ناسریە', governorate: 'IQ-DQ' }
	],
	[248691069, { name_en: 'Hillah', name_ar: 'الحلة', name_ckb: 'حیللە', governorate: 'IQ-BB' }],
	[
		248701647,
		{ name_en: 'Baqubah', name_ar: 'بعقوبة', name_ckb: 'بەعقووبە', governorate: 'IQ-DI' }
	],
	[348117530, { name_en: 'Najaf', name_ar: 'النجف', name_ckb: 'نەجەف', governorate: 'IQ-NA' }]
] satisfies [number, CityProperties][]);

/**
 * The extract's points with the names above. Throws on a point whose OSM id is not in the
 * table: a new city must get its Arabic name before it can appear on the map.
 */
export function cityFeatures(
	places: FeatureCollection<Geometry, { osm_id?: unknown } | null>
): FeatureCollection<Point, CityProperties> {
	const features = places.features.map((f): Feature<Point, CityProperties> => {
		const id = Number(f.properties?.osm_id);
		const city = CITIES.get(id);
		if (f.geometry.type !== 'Point')
			throw new TypeError(
				`OSM place ${String(f.properties?.osm_id)} is a ${f.geometry.type}, not a point`
			);
		if (!city)
			throw new RangeError(`OSM place ${String(f.properties?.osm_id)} has no entry in CITIES`);
		return { type: 'Feature', properties: { ...city }, geometry: f.geometry };
	});
	return { type: 'FeatureCollection', features };
}
