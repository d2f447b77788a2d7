/**
 * A chart as one standalone SVG: title, subtitle, plot, legend, source line, notes and the
 * permalink, in the chart's language and state. Used for the SVG and PNG downloads (in the
 * browser) and the social cards (resvg at build time). Pure: strings in, a string out.
 */
import { catalogOf } from '$lib/i18n/messages';
import type { PlotBody } from '$lib/chart-model/plotSpec';
import { FACE_FAMILY } from '$lib/assets/fonts/faces';
import {
	BACKGROUND,
	CARD,
	DOWNLOAD_WIDTH,
	mirrorsCategories,
	PAGE,
	SERIES
} from '$lib/chart-model/tokens';
import type { ChartDefinition, ChartState } from '$lib/chart-model/types';
import { isRtl, type LocaleSettings } from '$lib/i18n';
import { plotSvg } from './plotSvg';
import { escapeXml, r, textEl, wrap } from './svgText';

export type SnapshotVariant = 'card' | 'download';

export interface SnapshotInput<D> {
	def: ChartDefinition<D>;
	data: D;
	state: ChartState;
	locale: LocaleSettings;
	/** Absolute URL that restores this chart and state. */
	permalink: string;
	/** Publisher names by source id, for the source line. */
	publishers: Record<string, string>;
	variant: SnapshotVariant;
	/** A `<style>` block with embedded fonts (downloads), or nothing (resvg gets font files). */
	fontCss?: string;
}

export { CARD, DOWNLOAD_WIDTH };
/** Downloads embed the site's face (FACE_FAMILY); cards rendered by resvg get font files. */
export const FONT_FAMILY = `'IBM Plex Sans Arabic', '${FACE_FAMILY}', 'Noto Naskh Arabic', 'Segoe UI', Tahoma, sans-serif`;
const INK = PAGE.fg.light;
const MUTED = PAGE.muted.light;

/** The plot's natural height in a download (cards squeeze it into what is left). */
function naturalHeight(body: PlotBody): number {
	switch (body.kind) {
		case 'columns':
		case 'stacked':
			return 'height' in body && body.height ? body.height + 60 : 360;
		case 'bars':
			return body.rows.length * 28 + 30;
		case 'intervals':
			return body.rows.length * 30 + 40;
		case 'timeline':
			return body.rows.length * 26 + 40;
		case 'map':
			return 640;
	}
}

export function snapshotSvg<D>(input: SnapshotInput<D>): string {
	const { def, data, state, locale, variant } = input;
	const { lang } = locale;
	const rtl = isRtl(lang);
	const card = variant === 'card';
	const W = card ? CARD.width : DOWNLOAD_WIDTH;
	const pad = card ? 44 : 36;
	const text = def.text[lang];
	const spec = def.plot(data, state, locale);
	const size = card ? 15 : 14;
	const anchorX = rtl ? W - pad : pad;
	const anchor = rtl ? 'end' : 'start';
	const parts: string[] = [];
	let y = pad;

	const line = (s: string, fontSize: number, fill: string, weight?: number) => {
		y += fontSize * 1.15;
		parts.push(textEl(s, { x: anchorX, y, size: fontSize, fill, anchor, weight }));
		y += fontSize * 0.35;
	};
	for (const l of wrap(text.title, W - 2 * pad, card ? 42 : 30, 2))
		line(l, card ? 42 : 30, INK, 700);
	for (const l of wrap(text.subtitle, W - 2 * pad, card ? 22 : 18, card ? 2 : 3))
		line(l, card ? 22 : 18, MUTED);
	y += 8;
	if (spec.heading)
		line(spec.heading, card ? 20 : 17, spec.headingIsClaim ? SERIES.claim.light : INK, 700);
	if (spec.legend.length > 0) {
		y += 20;
		let x = rtl ? W - pad : pad;
		for (const item of spec.legend) {
			const width = item.label.length * size * 0.55 + 28;
			const sx = rtl ? x - 14 : x;
			parts.push(
				item.dashed
					? `<line x1="${r(sx)}" x2="${r(sx + 14)}" y1="${r(y - 5)}" y2="${r(y - 5)}" stroke="${SERIES[item.series].light}" stroke-width="3" stroke-dasharray="4 3"/>`
					: `<rect x="${r(sx)}" y="${r(y - 12)}" width="14" height="14" fill="${SERIES[item.series].light}"/>`
			);
			parts.push(textEl(item.label, { x: rtl ? x - 20 : x + 20, y, size, fill: INK, anchor }));
			x += rtl ? -width : width;
		}
		y += 10;
	}

	// Footer first (its height is known), so the plot can take the rest on a card.
	const footer: string[] = [];
	const sources = def.sourceIds(data);
	const sourceLine = `${catalogOf(lang).sources}: ${sources.map((id) => `${id} ${input.publishers[id] ?? ''}`.trim()).join(' · ')}`;
	const footerLines = [
		...wrap(sourceLine, W - 2 * pad, size, card ? 1 : 3),
		...(card ? [] : text.notes.flatMap((n) => wrap(n, W - 2 * pad, size, 3))),
		input.permalink
	];
	const footerHeight = footerLines.length * size * 1.5 + 16;

	const plotTop = y + 24;
	const panels = spec.panels;
	const natural = panels.map((p) => naturalHeight(p.body) + (p.title ? 26 : 0));
	const H = card
		? CARD.height
		: Math.ceil(plotTop + natural.reduce((a, b) => a + b, 0) + footerHeight + pad);
	const available = H - pad - footerHeight - plotTop;
	const scale = Math.min(1, available / natural.reduce((a, b) => a + b, 0));
	const mirrored = mirrorsCategories(lang);
	const side = card ? 70 : 64; // room for value-axis labels
	let py = plotTop;
	panels.forEach((p, i) => {
		const h = natural[i]! * scale;
		if (p.title) {
			parts.push(
				textEl(p.title, { x: anchorX, y: py + size, size, fill: INK, anchor, weight: 700 })
			);
			py += 26 * scale;
		}
		const body = p.body;
		const needsAxisRoom = body.kind === 'columns' || body.kind === 'stacked';
		const box = {
			x: pad + (needsAxisRoom && !mirrored ? side : 0),
			y: py,
			w: W - 2 * pad - (needsAxisRoom ? side : 0),
			h: h - (p.title ? 26 * scale : 0) - (needsAxisRoom ? size + 12 : 0)
		};
		parts.push(plotSvg(body, box, mirrored, size));
		py += h - (p.title ? 26 * scale : 0);
	});

	let fy = H - pad - footerHeight + 16;
	footerLines.forEach((l, i) => {
		fy += size * 1.5;
		const isLink = i === footerLines.length - 1;
		footer.push(
			textEl(l, {
				x: anchorX,
				y: fy,
				size: isLink ? size : size * 0.95,
				fill: isLink ? INK : MUTED,
				anchor
			})
		);
	});

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT_FAMILY)}" lang="${lang}">`,
		`<title>${escapeXml(text.title)}</title>`,
		`<desc>${escapeXml(def.summary(data, state, locale))}</desc>`,
		input.fontCss ? `<style>${input.fontCss}</style>` : '',
		`<rect width="${W}" height="${H}" fill="${BACKGROUND.light}"/>`,
		...parts,
		`<line x1="${pad}" x2="${W - pad}" y1="${r(H - pad - footerHeight + 8)}" y2="${r(H - pad - footerHeight + 8)}" stroke="${PAGE.rule.light}"/>`,
		...footer,
		`</svg>`
	].join('');
}
