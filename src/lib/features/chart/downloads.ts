/**
 * Downloads of a chart in its current language and state: SVG (fonts embedded), PNG at 2×
 * (the same SVG drawn by the browser, which shapes Arabic correctly, never a DOM screenshot) and
 * CSV (the table behind the chart, each row with the source ids of its data, UTF-8 with BOM).
 * Loaded on demand.
 */
import { FACE_FAMILY, FONT_FACES } from '$lib/assets/fonts/faces';
import { csvFormatRows } from 'd3-dsv';
import { snapshotSvg, type SnapshotInput } from '$lib/render/snapshot/snapshotSvg';

async function dataUri(url: string): Promise<string> {
	const blob = await (await fetch(url)).blob();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

/** @font-face rules with the Arabic face inlined, so the file renders the same anywhere. */
export async function embeddedFonts(): Promise<string> {
	const uris = await Promise.all(FONT_FACES.map((f) => dataUri(f.url)));
	return FONT_FACES.map(
		(f, i) =>
			`@font-face{font-family:'${FACE_FAMILY}';src:url(${uris[i]}) format('woff2');` +
			`font-weight:${f.weight};unicode-range:${f.unicodeRange}}`
	).join('');
}

/** What a download needs: the snapshot's input, less what the download itself decides. */
export type DownloadInput<D> = Omit<SnapshotInput<D>, 'variant' | 'fontCss'>;

export async function chartSvg<D>(input: DownloadInput<D>): Promise<string> {
	return snapshotSvg({ ...input, variant: 'download', fontCss: await embeddedFonts() });
}

export async function chartPng<D>(input: DownloadInput<D>, scale = 2): Promise<Blob> {
	return svgToPng(await chartSvg(input), scale);
}

/** A standalone SVG drawn by the browser into a PNG at `scale`× (fonts embedded in the SVG). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const { width, height } = /width="(?<width>\d+)" height="(?<height>\d+)"/.exec(svg)!.groups!;
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	// An SVG image decodes before its embedded fonts are ready; font-display: swap keeps the
	// text visible meanwhile, and a second decode after the fonts have loaded draws it in them.
	const warm = new Image();
	warm.src = url;
	await warm.decode();
	await new Promise((resolve) => setTimeout(resolve, 300));
	const image = new Image();
	image.src = url;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Number(width) * scale;
	canvas.height = Number(height) * scale;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(scale, scale);
	ctx.drawImage(image, 0, 0);
	URL.revokeObjectURL(url);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

export function chartCsv<D>(input: DownloadInput<D>): string {
	const table = input.def.table(input.data, input.state, input.locale);
	const rows = [
		[...table.columns, 'source_ids'],
		...table.rows.map((row, i) => [
			...row.map((c) => (c === null ? '' : String(c))),
			(table.rowSources[i] ?? []).join(';')
		])
	];
	return '\uFEFF' + csvFormatRows(rows) + '\n';
}

export function save(content: Blob | string, filename: string, type: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
