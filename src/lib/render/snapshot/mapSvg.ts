/** The invasion map as SVG, for downloads and cards. */
import type { MapSpec } from '$lib/chart-model/plotSpec';
import { PAGE, SERIES } from '$lib/chart-model/tokens';
import { GRID, INK, MUTED, type Box } from './furniture';
import { r, textEl } from './svgText';

export function map(b: MapSpec, box: Box, mirrored: boolean, size: number): string {
	const side = Math.min(box.w, box.h);
	const k = side / 100;
	const ox = box.x + (box.w - side) / 2;
	const oy = box.y + (box.h - side) / 2;
	const P = (x: number, y: number) => [ox + x * k, oy + y * k] as const;
	const shapes =
		b.neighbours
			.map(
				(c) =>
					`<path d="${c.d}" fill="${GRID}" fill-opacity="0.35" stroke="${MUTED}" stroke-width="${r(0.6 / k)}"/>`
			)
			.join('') +
		`<path d="${b.iraq}" fill="${PAGE.card.light}" stroke="${INK}" stroke-width="${r(1.5 / k)}"/>` +
		(b.rivers ?? [])
			.map(
				(river) =>
					`<path d="${river.d}" fill="none" stroke="${SERIES.us.light}" stroke-opacity="0.55" stroke-width="${r(1.2 / k)}"/>`
			)
			.join('');
	const cities = (b.cities ?? [])
		.map((c) => {
			const [x, y] = P(c.x, c.y);
			return (
				`<rect x="${r(x - 2)}" y="${r(y - 2)}" width="4" height="4" fill="${MUTED}"/>` +
				textEl(c.name, { x: x + 6, y: y + size * 0.3, size: size * 0.7, fill: MUTED })
			);
		})
		.join('');
	const names = b.neighbours
		.map((c) => {
			const [x, y] = P(c.x, c.y);
			return textEl(c.name, { x, y, size: size * 0.85, fill: MUTED, anchor: 'middle' });
		})
		.join('');
	const dots = b.events
		.map((e) => {
			const [x, y] = P(e.x, e.y);
			const c = e.today ? SERIES.civilian.light : SERIES.neutral.light;
			const dot = `<circle cx="${r(x)}" cy="${r(y)}" r="${e.today ? 8 : 5}" fill="${e.approximate ? 'none' : c}" stroke="${c}" stroke-width="2"/>`;
			const flip = e.x > 60;
			return (
				dot +
				(e.today
					? textEl(e.place, {
							x: x + (flip ? -12 : 12),
							y: y + size * 0.35,
							size,
							fill: INK,
							anchor: flip ? 'end' : 'start',
							weight: 700
						})
					: '')
			);
		})
		.join('');
	void mirrored;
	return `<g transform="translate(${r(ox)} ${r(oy)}) scale(${r(k * 1000) / 1000})">${shapes}</g>${names}${cities}${dots}`;
}
