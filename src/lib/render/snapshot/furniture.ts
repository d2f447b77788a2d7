/**
 * What every snapshot layout shares: the box it draws in, the light theme's inks, the value
 * axis, band ticks, rows of named marks and the reference line.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ColumnsSpec } from '$lib/chart-model/plotSpec';
import { CHROME, OPACITY, PAGE, SERIES, type SeriesName } from '$lib/chart-model/tokens';
import { r, textEl } from './svgText';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export const INK = PAGE.fg.light;
export const MUTED = PAGE.muted.light;
export const GRID = CHROME.grid.light;
export const color = (s: SeriesName) => SERIES[s].light;
export const opacity = (muted?: boolean) => (muted ? ` opacity="${OPACITY.muted}"` : '');

export function valueAxis(
	ticks: readonly number[],
	y: (v: number) => number,
	box: Box,
	mirrored: boolean,
	format: (n: number) => string,
	size: number
) {
	return ticks
		.map((t) => {
			const ty = y(t);
			return (
				`<line x1="${r(box.x)}" x2="${r(box.x + box.w)}" y1="${r(ty)}" y2="${r(ty)}" stroke="${GRID}" stroke-width="1"/>` +
				textEl(format(t), {
					x: mirrored ? box.x + box.w + 6 : box.x - 6,
					y: ty + size * 0.35,
					size,
					fill: MUTED,
					anchor: mirrored ? 'start' : 'end',
					// a scale's step, not a figure: the standing test reads past it
					cls: 'axis-tick'
				})
			);
		})
		.join('');
}

export function bandTicks(
	ticks: ColumnsSpec['ticks'],
	x: (v: string) => number,
	box: Box,
	size: number
) {
	return ticks
		.map((t) =>
			textEl(t.label, {
				x: x(String(t.value)),
				y: box.y + box.h + size + 4,
				size,
				fill: MUTED,
				anchor: 'middle'
			})
		)
		.join('');
}

/** Rows of horizontal marks with names on the reading-start side (right in Arabic). */
export function rowsLayout<T extends { key: string; name: string }>(
	rows: readonly T[],
	box: Box,
	mirrored: boolean,
	nameWidth: number,
	valueRoom: number,
	max: number
) {
	const plot = mirrored
		? { x0: box.x + valueRoom, x1: box.x + box.w - nameWidth }
		: { x0: box.x + nameWidth, x1: box.x + box.w - valueRoom };
	const x = scaleLinear()
		.domain([0, max])
		.range(mirrored ? [plot.x1, plot.x0] : [plot.x0, plot.x1]);
	const y = scaleBand<string>()
		.domain(rows.map((row) => row.key))
		.range([box.y, box.y + box.h])
		.paddingInner(0.2);
	const nameX = mirrored ? box.x + box.w - nameWidth + 8 : box.x + nameWidth - 8;
	return { x, y, nameX, nameAnchor: (mirrored ? 'start' : 'end') as 'start' | 'end' };
}

export function reference(
	ref: { value: number; label: string } | undefined,
	x: (v: number) => number,
	box: Box,
	mirrored: boolean,
	size: number
) {
	if (!ref) return '';
	const rx = x(ref.value);
	return (
		`<line x1="${r(rx)}" x2="${r(rx)}" y1="${r(box.y - 4)}" y2="${r(box.y + box.h)}" stroke="${SERIES.claim.light}" stroke-width="2" stroke-dasharray="6 4"/>` +
		textEl(ref.label, {
			x: rx + (mirrored ? -4 : 4),
			y: box.y - 8,
			size,
			fill: SERIES.claim.light,
			anchor: mirrored ? 'end' : 'start',
			weight: 600
		})
	);
}
