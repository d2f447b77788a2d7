/** The snippets an editor copies to embed a chart: a plain iframe and the script loader. */
import { escapeXml } from '$lib/render/snapshot/svgText';
import { absolute } from '$lib/features/site/site';

/** The plain (static) embed for the default state; the live one renders any other state. */
export const embedPath = (lang: string, chart: string, query = ''): string =>
	query ? `/${lang}/embed/${chart}/live/${query}` : `/${lang}/embed/${chart}/`;

/** Works with no script at all: a fixed height that fits the chart as it is now. */
export const iframeSnippet = (src: string, title: string, height: number): string =>
	`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;

/** Resizes itself with /embed.js (no inline script, so it works under a strict CSP). */
export const scriptSnippet = (src: string, title: string, height: number): string =>
	`<div class="iraq-war-embed" data-src="${escapeXml(src)}" data-title="${escapeXml(title)}" data-height="${Math.ceil(height)}"></div>\n<script async src="${absolute('/embed.js')}"></script>`;
