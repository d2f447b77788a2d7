/**
 * A plot spec drawn as plain SVG inside a box, for downloads and social cards. The same spec
 * the live chart renders; here with fixed pixel geometry and the light theme's colours.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type {
	BarsSpec,
	ColumnsSpec,
	IntervalsSpec,
	MapSpec,
	PlotBody,
	StackedSpec,
	TimelineSpec
} from '$lib/chart-model/plotSpec';
import { niceZeroDomain } from '$lib/chart-model/scales';
import { decimalYear } from '$lib/chart-model/time';
import { CHROME, OPACITY, PAGE, SERIES, type SeriesName } from '$lib/chart-model/tokens';
import { fit, r, textEl } from './svgText';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

const INK = PAGE.fg.light;
const MUTED = PAGE.muted.light;
const GRID = CHROME.grid.light;
const color = (s: SeriesName) => SERIES[s].light;
const opacity = (muted?: boolean) => (muted ? ` opacity="${OPACITY.muted}"` : '');

function valueAxis(
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
					anchor: mirrored ? 'start' : 'end'
				})
			);
		})
		.join('');
}

function bandTicks(ticks: ColumnsSpec['ticks'], x: (v: string) => number, box: Box, size: number) {
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

function columns(b: ColumnsSpec, box: Box, mirrored: boolean, size: number): string {
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

function stacked(b: StackedSpec, box: Box, mirrored: boolean, size: number): string {
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

/** Rows of horizontal marks with names on the reading-start side (right in Arabic). */
function rowsLayout<T extends { key: string; name: string }>(
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

function bars(b: BarsSpec, box: Box, mirrored: boolean, size: number): string {
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
			textEl(b.format(row.value), {
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

function reference(
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

function intervals(b: IntervalsSpec, box: Box, mirrored: boolean, size: number): string {
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

function timeline(b: TimelineSpec, box: Box, mirrored: boolean, size: number): string {
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

function map(b: MapSpec, box: Box, mirrored: boolean, size: number): string {
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
		`<path d="${b.iraq}" fill="${PAGE.card.light}" stroke="${INK}" stroke-width="${r(1.5 / k)}"/>`;
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
	return `<g transform="translate(${r(ox)} ${r(oy)}) scale(${r(k * 1000) / 1000})">${shapes}</g>${names}${dots}`;
}

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
