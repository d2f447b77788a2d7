/** Horizontal bars and intervals (rows of named marks) as SVG, for downloads and cards. */
import type { BarsSpec, IntervalsSpec } from '$lib/chart-model/plotSpec';
import { niceZeroDomain } from '$lib/chart-model/scales';
import { color, INK, MUTED, opacity, reference, rowsLayout, type Box } from './furniture';
import { fit, r, textEl } from './svgText';

export function bars(b: BarsSpec, box: Box, mirrored: boolean, size: number): string {
	const { domain } = niceZeroDomain([
		...b.rows.map((row) => row.value),
		b.reference?.value ?? null
	]);
	const L = rowsLayout(b.rows, box, mirrored, b.nameWidth ?? 170, 90, domain[1]);
	const out = b.rows.map((row) => {
		const cy = L.y(row.key)! + L.y.bandwidth() / 2;
		const name = textEl(fit(row.name, (b.nameWidth ?? 170) - 12, size), {
			x: L.nameX,
			y: cy + size * 0.35,
			size,
			fill: INK,
			anchor: L.nameAnchor
		});
		if (row.value === null)
			return (
				name +
				textEl(b.gapLabel, {
					x: L.x(0) + (mirrored ? -6 : 6),
					y: cy + size * 0.35,
					size,
					fill: MUTED,
					anchor: mirrored ? 'end' : 'start'
				})
			);
		const a = L.x(0);
		const e = L.x(row.value);
		return (
			name +
			`<rect x="${r(Math.min(a, e))}" y="${r(L.y(row.key)!)}" width="${r(Math.abs(e - a))}" height="${r(L.y.bandwidth())}" fill="${color(row.series)}"${opacity(row.muted)}/>` +
			textEl(row.valueText ?? b.format(row.value), {
				x: e + (mirrored ? -6 : 6),
				y: cy + size * 0.35,
				size,
				fill: MUTED,
				anchor: mirrored ? 'end' : 'start'
			})
		);
	});
	return out.join('') + reference(b.reference, L.x, box, mirrored, size);
}

export function intervals(b: IntervalsSpec, box: Box, mirrored: boolean, size: number): string {
	const { domain } = niceZeroDomain([
		...b.rows.flatMap((row) => [row.high, row.central]),
		b.reference?.value ?? null
	]);
	const L = rowsLayout(b.rows, box, mirrored, 260, 230, domain[1]);
	const out = b.rows.map((row) => {
		const top = L.y(row.key)!;
		const bw = L.y.bandwidth();
		const cy = top + bw / 2;
		const c = color(row.series);
		let s = textEl(fit(row.name, 248, size), {
			x: L.nameX,
			y: cy + size * 0.35,
			size,
			fill: INK,
			anchor: L.nameAnchor
		});
		if (row.low !== null && row.high !== null) {
			const a = L.x(row.low);
			const e = L.x(row.high);
			s += `<rect x="${r(Math.min(a, e))}" y="${r(top + bw * 0.3)}" width="${r(Math.abs(e - a))}" height="${r(bw * 0.4)}" fill="${c}" opacity="${row.muted ? 0.15 : 0.45}"/>`;
		}
		if (row.central !== null)
			s += `<rect x="${r(L.x(row.central) - 2)}" y="${r(top)}" width="4" height="${r(bw)}" fill="${c}"${opacity(row.muted)}/>`;
		const end = L.x(row.high ?? row.central ?? 0);
		return (
			s +
			textEl(row.valueText, {
				x: end + (mirrored ? -6 : 6),
				y: cy + size * 0.35,
				size,
				fill: MUTED,
				anchor: mirrored ? 'end' : 'start'
			})
		);
	});
	return out.join('') + reference(b.reference, L.x, box, mirrored, size);
}
