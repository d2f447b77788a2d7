/*
 * Iraq 2003–2013: the war in numbers — the embed page's own script (the embed's side of
 * responsive iframes). TypeScript without a framework, so a plain embed stays a few KB.
 *
 * - `?theme=light|dark` and `?transparent=1` set the page's colour scheme and background.
 * - A chart-state parameter (`?view=…`, `?year=…`) moves to the live version of the embed
 *   (`…/live/?…`), which renders any state; the plain page is the prerendered default.
 * - Whenever the content's height (rounded up) changes, it tells the parent in every format
 *   hosts understand: pym.js v1 (only when a pym Parent made the frame: `childId`), AMP
 *   `embed-size`, the `iframe.resize` JSON string, our own message for /embed.js, and
 *   WordPress's `{message: 'height', value, secret}` (only when WordPress gave the frame a
 *   secret, in `#?secret=…`; it answers `ready` when its wp-embed.js loads late).
 * - In WordPress's sandbox (`allow-scripts` only: no popups, no top navigation) a link cannot
 *   open: each one asks WordPress to go there (`message: 'link'`), which it does for this
 *   site's own pages; a source's link goes to that source on the sources page. Content taller
 *   than WordPress's 1,000 px clamp folds its notes and sources into a disclosure.
 * - On the plain page, the chart's data points get their tooltips (keyboard, pointer, touch),
 *   by the same code as the story's server-rendered charts (attachPointTips).
 */
import { attachTextFit } from '$lib/render/live/fit/textFit';
import { attachPointTips } from '$lib/features/chart/pointTips';

(function () {
	const found = document.querySelector<HTMLElement>('.embed-root');
	if (!found) return;
	const root: HTMLElement = found;
	const query = new URLSearchParams(location.search);
	const html = document.documentElement;
	const theme = query.get('theme');
	if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;
	if (query.get('transparent') === '1') html.dataset.transparent = '';

	const data = root.dataset;
	const live = 'live' in data;
	const stateKeys = (data.stateKeys || '').split(',').filter(Boolean);
	if (!live) {
		for (const key of stateKeys) {
			if (query.has(key)) {
				location.replace(location.pathname + 'live/' + location.search);
				return;
			}
		}
	}

	const TYPE = 'iraq-war-numbers:height';
	const chart = data.embed;
	const childId = query.get('childId');
	// WordPress's secret: ten letters and digits, as wp-embed.js checks them.
	const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1] || null;
	const WP_MAX = 1000;
	let last = -1;
	function wordpress(message: 'height' | 'link', value: number | string) {
		window.parent.postMessage({ message: message, value: value, secret: secret }, '*');
	}
	const measure = () => Math.ceil(root.getBoundingClientRect().height);
	function send() {
		if (window.parent === window) return;
		// Fold, then measure again at once: WordPress keeps the frame clipped to 1 px until it
		// hears a height, and Chromium does not lay out (so no ResizeObserver fires in) a hidden
		// cross-origin frame; waiting for the observer would leave it clipped for good.
		if (secret && measure() > WP_MAX) data.compact = ''; // see below
		const height = measure();
		if (height === last) return;
		last = height;
		const messages: unknown[] = [
			{ sentinel: 'amp', type: 'embed-size', height: height },
			JSON.stringify({ context: 'iframe.resize', src: location.href, height: height }),
			{ type: TYPE, chart: chart, height: height }
		];
		if (childId) messages.unshift('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height);
		for (const message of messages) window.parent.postMessage(message, '*');
		if (secret) wordpress('height', height);
	}
	// `data-compact`, the compact form (EmbedPage's CSS): the subtitle, the data table, the notes
	// and the sources behind one disclosure at the chart's foot, and the legend set small. Only an
	// attribute changes, so a live embed hydrates over the markup it rendered. A chart still taller
	// than the clamp (the fifteen estimates in a 300 px column) then scrolls inside its frame:
	// squeezing its rows would overlap its labels.
	new ResizeObserver(send).observe(root);
	send();
	// A web face that arrives late changes the height while a hidden frame is not laid out.
	document.fonts?.ready.then(send);
	if (secret) {
		window.addEventListener('message', function (e) {
			const d = e.data;
			if (e.source !== window.parent || !d || d.message !== 'ready' || d.secret !== secret) return;
			last = -1;
			send();
		});
		document.addEventListener('click', function (e) {
			const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href]') : null;
			if (!a) return;
			e.preventDefault();
			let url = new URL(a.href); // a.href is absolute
			if (url.host !== location.host) {
				// the page's lang is its edition's path segment (ar, en, …)
				const ref = a.closest<HTMLElement>('[data-source]');
				url = new URL(
					'/' + html.lang + '/sources/' + (ref ? '#' + ref.dataset.source : ''),
					location.href
				);
			}
			wordpress('link', url.href);
		});
	}

	if (live) return; // the live page's own components handle the data points

	attachPointTips(root);
	attachTextFit(root);
})();
