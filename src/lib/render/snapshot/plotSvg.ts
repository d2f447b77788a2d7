/**
 * A plot spec drawn as plain SVG inside a box, for downloads and social cards. The same spec
 * the live chart renders; here with fixed pixel geometry and the light theme's colours. One
 * file per family of layouts; this one picks by the spec's kind.
 */
import type { PlotBody } from '$lib/chart-model/plotSpec';
import { columns, stacked } from './columnsSvg';
import type { Box } from './furniture';
import { map } from './mapSvg';
import { bars, intervals } from './rowsSvg';
import { timeline } from './timelineSvg';

export type { Box } from './furniture';

export function plotSvg(body: PlotBody, box: Box, mirrored: boolean, size: number): string {
	switch (body.kind) {
		case 'columns':
			return columns(body, box, mirrored, size);
		case 'stacked':
			return stacked(body, box, mirrored, size);
		case 'bars':
			return bars(body, box, mirrored, size);
		case 'intervals':
			return intervals(body, box, mirrored, size);
		case 'timeline':
			return timeline(body, box, mirrored, size);
		case 'map':
			return map(body, box, mirrored, size);
	}
}
