/**
 * The snippets an editor copies to embed a chart (a plain iframe and the script loader), and the
 * HTML an oEmbed consumer such as WordPress receives.
 */
import { escapeXml } from '$lib/render/snapshot/svgText';
import { absolute } from '$lib/features/site/site';
import { dirOf, type Lang } from '$lib/i18n';

/**
 * The blockquote's text in its edition's direction, also where a host strips the attributes
 * (WordPress keeps none on a blockquote): Unicode's right-to-left or left-to-right isolate,
 * so an Arabic line on an English page is not reordered around its dash and commas.
 */
const isolate = (lang: Lang, html: string): string =>
	`${dirOf(lang) === 'rtl' ? '\u2067' : '\u2066'}${html}\u2069`;

/** The plain (static) embed for the default state; the live one renders any other state. */
export const embedPath = (lang: string, chart: string, query = ''): string =>
	query ? `/${lang}/embed/${chart}/live/${query}` : `/${lang}/embed/${chart}/`;

/** Works with no script at all: a fixed height that fits the chart as it is now. */
export const iframeSnippet = (src: string, title: string, height: number): string =>
	`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;

/** Resizes itself with /embed.js (no inline script, so it works under a strict CSP). */
export const scriptSnippet = (src: string, title: string, height: number): string =>
	`<div class="iraq-war-embed" data-src="${escapeXml(src)}" data-title="${escapeXml(title)}" data-height="${Math.ceil(height)}"></div>\n<script async src="${absolute('/embed.js')}"></script>`;

export interface OembedHtml {
	/** The edition: the blockquote's language and direction. */
	readonly lang: Lang;
	/** The embed page, absolute. */
	readonly src: string;
	readonly title: string;
	readonly height: number;
	/** The chart's own page, absolute: where the blockquote's title links. */
	readonly pageUrl: string;
	/** "Sources: Reuters, AP", in the edition's words, as HTML (`sourceLineHtml`). */
	readonly sourceLineHtml: string;
}

/**
 * oEmbed `html` in the shape WordPress's own post embeds use: a blockquote, then the frame.
 * WordPress keeps only `blockquote`, `a[href]` and the iframe of a provider it does not know,
 * sandboxes the frame, hides it until the frame posts its height, and loads wp-embed.js (which
 * listens for that message) only when a `blockquote.wp-embedded-content` is there. The
 * blockquote is what a reader sees before the frame speaks, or where a host strips frames.
 */
export const oembedHtml = (o: OembedHtml): string =>
	`<blockquote class="wp-embedded-content" lang="${o.lang}" dir="${dirOf(o.lang)}">${isolate(o.lang, `<a href="${escapeXml(o.pageUrl)}">${escapeXml(o.title)}</a> — ${o.sourceLineHtml}`)}</blockquote>` +
	`<iframe class="wp-embedded-content" src="${escapeXml(o.src)}" title="${escapeXml(o.title)}" width="100%" height="${Math.ceil(o.height)}" frameborder="0"></iframe>`;
