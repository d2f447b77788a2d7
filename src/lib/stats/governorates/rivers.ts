/**
 * The OpenStreetMap waterways reduced to what the map draws: the Tigris, the Euphrates and
 * every other river as one line each. The extract's names are unreliable (UTF-8 read as Latin-1,
 * `0` where unnamed, several languages), so names are used only to recognise the two great
 * rivers, and the published names come from the table below.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { repairMojibake } from './decodeLatin1';

export type RiverId = 'tigris' | 'euphrates' | 'other';

export interface RiverProperties {
	readonly river: RiverId;
	/** Only for the Tigris and the Euphrates; the other lines are unnamed. */
	readonly name_en?: string;
	readonly name_ar?: string;
	readonly name_ckb?: string;
}

const RIVER_NAMES: Record<
	Exclude<RiverId, 'other'>,
	{ name_en: string; name_ar: string; name_ckb: string }
> = {
	tigris: { name_en: 'Tigris', name_ar: 'دجلة', name_ckb: 'دیجلە' },
	euphrates: { name_en: 'Euphrates', name_ar: 'الفرات', name_ckb: 'فورات' }
};

/** Names seen in the extract, after repair, lower-cased (Turkish `Dicle` is the Tigris). */
const ALIASES: Record<string, Exclude<RiverId, 'other'>> = {
	tigris: 'tigris',
	'dicle nehri': 'tigris',
	'نهر دجلة': 'tigris',
	دجلة: 'tigris',
	euphrates: 'euphrates',
	'fırat nehri': 'euphrates',
	'نهر الفرات': 'euphrates',
	الفرات: 'euphrates'
};

/** Which river an OSM name denotes; anything unrecognised (or not a string) is `other`. */
export function riverOf(name: unknown): RiverId {
	if (typeof name !== 'string') return 'other';
	return ALIASES[repairMojibake(name).trim().toLowerCase()] ?? 'other';
}

/** One multi-line feature per river, in the order Tigris, Euphrates, other. */
export function riverFeatures(
	waterways: FeatureCollection<Geometry, { name?: unknown; osm_id?: unknown } | null>
): FeatureCollection<MultiLineString, RiverProperties> {
	const lines: Record<RiverId, LineString['coordinates'][]> = {
		tigris: [],
		euphrates: [],
		other: []
	};
	for (const f of waterways.features) {
		const target = lines[riverOf(f.properties?.name)];
		const g: Geometry = f.geometry;
		if (g.type === 'LineString') target.push(g.coordinates);
		else if (g.type === 'MultiLineString') target.push(...g.coordinates);
		else throw new TypeError(`waterway ${String(f.properties?.osm_id)} is a ${g.type}, not a line`);
	}
	const features = (['tigris', 'euphrates', 'other'] as const)
		.filter((river) => lines[river].length > 0)
		.map((river): Feature<MultiLineString, RiverProperties> => ({
			type: 'Feature',
			properties: river === 'other' ? { river } : { river, ...RIVER_NAMES[river] },
			geometry: { type: 'MultiLineString', coordinates: lines[river] }
		}));
	return { type: 'FeatureCollection', features };
}
