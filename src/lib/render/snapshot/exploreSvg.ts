/**
 * The explore dashboard's current view as one standalone SVG (the PNG/SVG download): title and
 * the view in words, the map coloured as on the page with its legend, the monthly series with
 * the chosen range bright, and the sources. Light theme, fixed size, as every snapshot.
 */
import type { MapShapes } from '$lib/chart-model/explore/mapShapes';
import { binOf, type PlaceValue, type SeriesPoint } from '$lib/chart-model/explore/view';
import { DOWNLOAD_WIDTH, NO_DATA, PAGE, SEQUENTIAL, SERIES } from '$lib/chart-model/tokens';
import { escapeXml, r, textEl, wrap } from './svgText';

export interface ExploreSnapshotInput {
	readonly rtl: boolean;
	readonly title: string;
	/** The view in words: measure, place, period. */
	readonly subtitle: string;
	readonly map: MapShapes;
	readonly values: readonly PlaceValue[];
	readonly thresholds: readonly number[];
	readonly legend: readonly string[];
	readonly series: readonly SeriesPoint[];
	readonly credit: string;
	readonly permalink: string;
	readonly fontCss?: string;
	readonly fontFamily: string;
	/** Governorates outlined as selected (the view's `gov`), as the page outlines them. */
	readonly selected?: readonly string[];
	/** The picture's height: the download's 760 px, or a social card's (CARD in tokens.ts). */
	readonly height?: number;
}

const W = DOWNLOAD_WIDTH;
const DOWNLOAD_HEIGHT = 760;
const INK = PAGE.fg.light;
const MUTED = PAGE.muted.light;

export function exploreSvg(o: ExploreSnapshotInput): string {
	const H = o.height ?? DOWNLOAD_HEIGHT;
	const side = (x: number) => (o.rtl ? W - x : x);
	const anchor = o.rtl ? 'end' : 'start';
	const parts: string[] = [];
	let y = 44;
	for (const line of wrap(o.title, W - 80, 30, 2)) {
		parts.push(textEl(line, { x: side(40), y, size: 30, fill: INK, anchor, weight: 700 }));
		y += 36;
	}
	for (const line of wrap(o.subtitle, W - 80, 18, 2)) {
		parts.push(textEl(line, { x: side(40), y, size: 18, fill: MUTED, anchor }));
		y += 24;
	}
	// The map, left (never mirrored: it is geography), scaled into a square beside the series.
	const top = y + 10;
	const creditLines = wrap(o.credit, W - 80, 13, 6);
	// the map as large as fits above the credit (480 px on the download)
	const mapSize = Math.min(480, H - top - 40 - creditLines.length * 17);
	const k = mapSize / Math.max(o.map.width, o.map.height);
	const byCode = new Map(o.values.map((v) => [v.code, v.value]));
	const fill = (value: number | null | undefined) => {
		const bin = binOf(value ?? null, o.thresholds);
		return bin === null ? NO_DATA.light : SEQUENTIAL[bin]!.light;
	};
	parts.push(`<g transform="translate(40 ${top}) scale(${r(k)})">`);
	for (const g of o.map.governorates)
		parts.push(
			`<path d="${g.d}" fill="${fill(byCode.get(g.code))}" stroke="${PAGE.bg.light}" stroke-width="0.8"/>`
		);
	for (const river of o.map.rivers)
		parts.push(`<path d="${river.d}" fill="none" stroke="${SERIES.us.light}" stroke-width="0.8"/>`);
	for (const g of o.map.governorates)
		if (o.selected?.includes(g.code))
			parts.push(`<path d="${g.d}" fill="none" stroke="${INK}" stroke-width="2.5"/>`);
	parts.push('</g>');
	// The series, right of the map, time left to right; the map's legend under it.
	const sx = 40 + mapSize + 40;
	const sw = W - sx - 40;
	const sh = Math.min(300, mapSize - 40 - o.legend.length * 22);
	o.legend.forEach((label, i) => {
		const ly = top + sh + 56 + i * 22;
		const colour = i < o.thresholds.length + 1 ? SEQUENTIAL[i]!.light : NO_DATA.light;
		parts.push(`<rect x="${sx}" y="${ly - 13}" width="16" height="16" fill="${colour}"/>`);
		parts.push(textEl(label, { x: sx + 24, y: ly, size: 15, fill: INK }));
	});
	const max = Math.max(1, ...o.series.map((p) => p.value ?? 0));
	const step = sw / o.series.length;
	o.series.forEach((p, i) => {
		if (p.value === null) return;
		const h = (sh * p.value) / max;
		const opacity = p.inRange ? '' : ' opacity="0.3"';
		parts.push(
			`<rect x="${r(sx + i * step)}" y="${r(top + sh - h)}" width="${r(Math.max(0.5, step - 1))}" height="${r(h)}" fill="${SERIES.civilian.light}"${opacity}/>`
		);
		if (p.month.endsWith('-01'))
			parts.push(
				textEl(p.month.slice(0, 4), { x: sx + i * step, y: top + sh + 18, size: 13, fill: MUTED })
			);
	});
	let fy = H - 26 - creditLines.length * 17;
	for (const line of creditLines) {
		parts.push(textEl(line, { x: side(40), y: fy, size: 13, fill: MUTED, anchor }));
		fy += 17;
	}
	parts.push(textEl(o.permalink, { x: side(40), y: H - 10, size: 12, fill: MUTED, anchor }));
	const style = `${o.fontCss ?? ''}text{font-family:'${o.fontFamily}','Noto Naskh Arabic',sans-serif}`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
		`<title>${escapeXml(o.title)}</title><style>${style}</style>` +
		`<rect width="${W}" height="${H}" fill="${PAGE.bg.light}"/>${parts.join('')}</svg>`
	);
}
