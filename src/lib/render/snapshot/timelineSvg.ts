/** Dated events on a time axis as SVG, for downloads and cards. */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { TimelineSpec } from '$lib/chart-model/plotSpec';
import { decimalYear } from '$lib/chart-model/time';
import { color, GRID, INK, MUTED, type Box } from './furniture';
import { fit, r, textEl } from './svgText';

export function timeline(b: TimelineSpec, box: Box, mirrored: boolean, size: number): string {
	const nameWidth = 190;
	const plot = mirrored
		? { x0: box.x + 16, x1: box.x + box.w - nameWidth }
		: { x0: box.x + nameWidth, x1: box.x + box.w - 16 };
	const x = scaleLinear()
		.domain([b.years[0]!, b.years.at(-1)! + 1])
		.range([plot.x0, plot.x1]);
	const y = scaleBand<string>()
		.domain(b.rows.map((row) => row.key))
		.range([box.y, box.y + box.h - size - 8])
		.paddingInner(0.2);
	const rows = b.rows
		.map((row) => {
			const cy = y(row.key)! + y.bandwidth() / 2;
			const cx = x(decimalYear(row.date));
			const c = color(row.series);
			return (
				textEl(fit(row.name, nameWidth - 12, size), {
					x: mirrored ? plot.x1 + 8 : plot.x0 - 8,
					y: cy + size * 0.35,
					size,
					fill: INK,
					anchor: mirrored ? 'start' : 'end'
				}) +
				`<line x1="${r(plot.x0)}" x2="${r(cx)}" y1="${r(cy)}" y2="${r(cy)}" stroke="${GRID}"/>` +
				`<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(Math.min(6, y.bandwidth() / 2))}" fill="${row.approximate ? 'none' : c}" stroke="${c}" stroke-width="2"/>`
			);
		})
		.join('');
	const ticks = b.years
		.map((yr) =>
			textEl(b.yearLabel(yr), { x: x(yr), y: box.y + box.h, size, fill: MUTED, anchor: 'middle' })
		)
		.join('');
	return rows + ticks;
}
