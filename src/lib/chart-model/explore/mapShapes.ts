/**
 * The explore map drawn once, at build time: the governorate topology projected to SVG path
 * strings in a fixed view box, so the page ships short strings and no projection code. Rivers
 * and cities come from the same geometry, for orientation.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GovernorateCode } from '$lib/stats/governorates/governorates';
import type { GovernorateTopology } from '$lib/stats/governorates/geometry';
import type { RiverId } from '$lib/stats/governorates/rivers';
import type { Lang } from '$lib/i18n/lang';

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 420;

export interface MapShapes {
	readonly width: number;
	readonly height: number;
	readonly governorates: readonly { code: GovernorateCode; d: string; x: number; y: number }[];
	readonly rivers: readonly {
		river: RiverId;
		d: string;
		name: Record<Lang, string> | null;
	}[];
	readonly cities: readonly {
		name: Record<Lang, string>;
		governorate: GovernorateCode;
		x: number;
		y: number;
	}[];
	readonly credit: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function mapShapes(topo: GovernorateTopology): MapShapes {
	const govs = feature(topo, topo.objects.governorates);
	const rivers = feature(topo, topo.objects.rivers);
	const cities = feature(topo, topo.objects.cities);
	const projection = geoMercator().fitExtent(
		[
			[4, 4],
			[MAP_WIDTH - 4, MAP_HEIGHT - 4]
		],
		govs
	);
	const path = geoPath(projection).digits(1);
	const at = (lonLat: [number, number]) => {
		const [x, y] = projection(lonLat) ?? [0, 0];
		return { x: round(x), y: round(y) };
	};
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		governorates: govs.features.map((f) => {
			const [x, y] = path.centroid(f);
			return { code: f.properties.code, d: path(f) ?? '', x: round(x), y: round(y) };
		}),
		rivers: rivers.features.map((f) => ({
			river: f.properties.river,
			d: path(f) ?? '',
			name: f.properties.name_en
				? {
						ar: f.properties.name_ar ?? '',
						en: f.properties.name_en,
						ckb: f.properties.name_ckb ?? ''
					}
				: null
		})),
		cities: cities.features.flatMap((f) =>
			f.geometry.type === 'Point'
				? [
						{
							name: {
								ar: f.properties.name_ar,
								en: f.properties.name_en,
								ckb: f.properties.name_ckb
							},
							governorate: f.properties.governorate,
							...at(f.geometry.coordinates as [number, number])
						}
					]
				: []
		),
		credit: topo.credit
	};
}
