/** Columns and stacked columns as SVG, for downloads and cards. */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ColumnsSpec, StackedSpec } from '$lib/chart-model/plotSpec';
import { niceZeroDomain } from '$lib/chart-model/scales';
import { bandTicks, color, INK, MUTED, opacity, valueAxis, type Box } from './furniture';
import { r, textEl } from './svgText';

export function columns(b: ColumnsSpec, box: Box, mirrored: boolean, size: number): string {
	const { domain, ticks } = niceZeroDomain(b.rows.map((row) => row.value));
	const x = scaleBand<string>()
		.domain(b.rows.map((row) => row.key))
		.range([box.x, box.x + box.w])
		.paddingInner(0.15);
	const y = scaleLinear()
		.domain(domain)
		.range([box.y + box.h, box.y]);
	const bars = b.rows
		.filter((row) => row.value !== null)
		.map((row) => {
			const top = y(row.value!);
			return `<rect x="${r(x(row.key)!)}" y="${r(top)}" width="${r(x.bandwidth())}" height="${r(y(0) - top)}" fill="${color(row.series)}"${opacity(row.muted)}/>`;
		})
		.join('');
	const mid = (k: string) => (x(k) ?? 0) + x.bandwidth() / 2;
	// The same moments the live chart marks: a dashed rule and its name, alternating rows.
	const notes = (b.annotations ?? [])
		.map((a, i) => {
			const ax = mid(a.key);
			const flip = ax > box.x + box.w * 0.7;
			return (
				`<line x1="${r(ax)}" x2="${r(ax)}" y1="${r(box.y)}" y2="${r(box.y + box.h)}" stroke="${MUTED}" stroke-dasharray="3 3"/>` +
				textEl(a.label, {
					x: ax + (flip ? -4 : 4),
					y: box.y + size + (i % 2) * (size + 4),
					size: size * 0.9,
					fill: INK,
					anchor: flip ? 'end' : 'start'
				})
			);
		})
		.join('');
	return (
		valueAxis(ticks, y, box, mirrored, b.format, size) +
		bars +
		notes +
		bandTicks(b.ticks, mid, box, size)
	);
}

export function stacked(b: StackedSpec, box: Box, mirrored: boolean, size: number): string {
	const totals = b.bands.map((band) => b.series.reduce((a, s) => a + (band.values[s.key] ?? 0), 0));
	const { domain, ticks } = niceZeroDomain(totals);
	const x = scaleBand<string>()
		.domain(b.bands.map((d) => d.band))
		.range([box.x, box.x + box.w])
		.paddingInner(0.2);
	const y = scaleLinear()
		.domain(domain)
		.range([box.y + box.h, box.y]);
	const rects = b.bands
		.map((band) => {
			let lower = 0;
			return b.series
				.map((s) => {
					const v = band.values[s.key] ?? 0;
					const rect = `<rect x="${r(x(band.band)!)}" y="${r(y(lower + v))}" width="${r(x.bandwidth())}" height="${r(y(lower) - y(lower + v))}" fill="${color(s.series)}"/>`;
					lower += v;
					return rect;
				})
				.join('');
		})
		.join('');
	const mid = (k: string) => (x(k) ?? 0) + x.bandwidth() / 2;
	return (
		valueAxis(ticks, y, box, mirrored, b.format, size) + rects + bandTicks(b.ticks, mid, box, size)
	);
}
