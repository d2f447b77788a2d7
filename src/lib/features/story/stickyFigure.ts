/**
 * The story's sticky chart, step by step, without a framework: each step names its figure
 * (`data-figure`, a prerendered HTML file per chart state), fetched once when the step nears
 * and swapped in when it becomes active. Within a chart the new figure is morphed into the old
 * one (morphdom), so marks keep their elements and move by their CSS transitions; another
 * chart replaces the figure and fades in. Nothing here formats a number or builds a chart: the
 * server did, so a step change is one small task however large the chart.
 */
import morphdom from 'morphdom';
import { yieldToMain } from '$lib/features/islands/islands';
import { fadeIn } from '$lib/render/live/fadeIn';

/** The attributes the renderer keys its marks by. */
const KEYS = ['data-key', 'data-point', 'data-event', 'id'];
/** Marks are matched by their keys (not their classes, which a new state may change), so each
 * moves rather than respawns. */
const keyOf = (node: Node): string | undefined => {
	if (!(node instanceof Element)) return undefined;
	for (const attr of KEYS) {
		const key = node.getAttribute(attr);
		if (key) return `${node.tagName}:${attr}:${key}`;
	}
	return undefined;
};

export interface StickyFigure {
	/** Fetch a figure ahead of need (a step about to be reached). */
	prefetch(url: string): void;
	/** Show the figure at `url`; a later call wins over one still loading. */
	show(url: string): Promise<void>;
}

export function attachStickyFigure(root: HTMLElement, onswap: () => void): StickyFigure {
	const cache = new Map<string, Promise<string>>();
	const load = (url: string) => {
		let html = cache.get(url);
		if (!html) {
			html = fetch(url).then((r) => {
				if (!r.ok) throw new Error(`figure ${url}: HTTP ${r.status}`);
				return r.text();
			});
			// a failed fetch is not kept: the next step change tries again
			html.catch(() => cache.delete(url));
			cache.set(url, html);
		}
		return html;
	};
	let shown = root.dataset.figure ?? '';
	let wanted = shown;

	async function show(url: string) {
		wanted = url;
		if (url === shown) return;
		const html = await load(url);
		if (wanted !== url) return;
		await yieldToMain();
		if (wanted !== url) return;
		const template = document.createElement('template');
		template.innerHTML = html;
		const next = template.content.querySelector<HTMLElement>('figure.chart');
		const current = root.querySelector<HTMLElement>('figure.chart');
		if (!next || !current) return;
		if (current.dataset.chart === next.dataset.chart) {
			morphdom(current, next, {
				getNodeKey: keyOf,
				// the tooltip the reader has open is ours, not the server's: leave it be
				onBeforeNodeDiscarded: (node) =>
					!(node instanceof Element && node.classList.contains('chart-tooltip'))
			});
		} else {
			current.replaceWith(next);
			fadeIn(next);
		}
		shown = url;
		root.dataset.figure = url;
		onswap();
	}
	return { prefetch: (url) => void load(url).catch(() => {}), show };
}
