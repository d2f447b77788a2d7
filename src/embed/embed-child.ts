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
 * - On the plain page, the chart's data points get their tooltips (keyboard, pointer, touch).
 */
(function () {
	const found = document.querySelector<HTMLElement>('.embed-root');
	if (!found) return;
	const root: HTMLElement = found;
	const query = new URLSearchParams(location.search);
	const html = document.documentElement;
	const theme = query.get('theme');
	if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
	if (query.get('transparent') === '1') html.setAttribute('data-transparent', '');

	const live = root.hasAttribute('data-live');
	const stateKeys = (root.getAttribute('data-state-keys') || '').split(',').filter(Boolean);
	if (!live) {
		for (const key of stateKeys) {
			if (query.has(key)) {
				location.replace(location.pathname + 'live/' + location.search);
				return;
			}
		}
	}

	const TYPE = 'iraq-war-numbers:height';
	const chart = root.getAttribute('data-embed');
	const childId = query.get('childId');
	// WordPress's secret: ten letters and digits, as wp-embed.js checks them.
	const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1] || null;
	const WP_MAX = 1000;
	let last = -1;
	let folded = false;
	function wordpress(message: 'height' | 'link', value: number | string) {
		window.parent.postMessage({ message: message, value: value, secret: secret }, '*');
	}
	const measure = () => Math.ceil(root.getBoundingClientRect().height);
	function send() {
		if (window.parent === window) return;
		// Fold, then measure again at once: WordPress keeps the frame clipped to 1 px until it
		// hears a height, and Chromium does not lay out (so no ResizeObserver fires in) a hidden
		// cross-origin frame; waiting for the observer would leave it clipped for good.
		if (secret && !folded && measure() > WP_MAX) fold();
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
	// The compact form: the subtitle, the notes and the sources behind one disclosure at the
	// chart's foot. A chart whose plot alone is taller than the clamp (the estimates' rows in a
	// phone's column) then scrolls inside its frame: squeezing its rows would overlap its labels.
	function fold() {
		folded = true;
		html.setAttribute('data-compact', '');
		const caption = root.querySelector('figure > figcaption');
		if (!caption) return;
		const details = document.createElement('details');
		details.className = 'embed-fold';
		const summary = document.createElement('summary');
		summary.textContent =
			html.lang === 'ar'
				? 'عن هذا الرسم: الملاحظات والمصادر'
				: 'About this chart: notes and sources';
		details.appendChild(summary);
		const subtitle = root.querySelector('figure > header .subtitle');
		if (subtitle) details.appendChild(subtitle);
		while (caption.firstChild) details.appendChild(caption.firstChild);
		caption.appendChild(details);
	}
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
			let url = new URL(a.href, location.href);
			if (url.host !== location.host) {
				const ref = a.closest('[data-source]');
				const lang = html.lang === 'ar' ? 'ar' : 'en';
				url = new URL(
					'/' + lang + '/sources/' + (ref ? '#' + ref.getAttribute('data-source') : ''),
					location.href
				);
			}
			wordpress('link', url.href);
		});
	}

	if (live) return; // the live page's own components handle the data points

	// Tooltips for the prerendered points: one tab stop per chart, arrows/Home/End move.
	const tip = document.createElement('div');
	tip.className = 'chart-tooltip';
	tip.setAttribute('aria-hidden', 'true');
	tip.hidden = true;
	function show(button: HTMLElement) {
		button.parentNode?.appendChild(tip);
		tip.textContent = button.getAttribute('aria-label');
		tip.style.left = button.style.left;
		tip.style.top = button.style.top;
		tip.classList.toggle('flip', parseFloat(button.style.left) > 60);
		tip.hidden = false;
	}
	function hide() {
		tip.hidden = true;
	}
	for (const points of Array.from(root.querySelectorAll('.points'))) {
		(function (group: Element) {
			const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button.point'));
			function index(el: Element | null) {
				return el instanceof HTMLButtonElement ? buttons.indexOf(el) : -1;
			}
			group.addEventListener('keydown', function (event) {
				const e = event as KeyboardEvent;
				const i = index(document.activeElement);
				if (i < 0) return;
				const keys: Record<string, number> = {
					ArrowRight: i + 1,
					ArrowDown: i + 1,
					ArrowLeft: i - 1,
					ArrowUp: i - 1,
					Home: 0,
					End: buttons.length - 1
				};
				let next = keys[e.key];
				if (e.key === 'Escape') return hide();
				if (next === undefined) return;
				e.preventDefault();
				next = Math.max(0, Math.min(buttons.length - 1, next));
				const from = buttons[i];
				const to = buttons[next];
				if (from) from.tabIndex = -1;
				if (to) {
					to.tabIndex = 0;
					to.focus();
				}
			});
			for (const button of buttons) {
				const open = () => show(button);
				button.addEventListener('focus', open);
				button.addEventListener('click', open);
				button.addEventListener('pointerenter', open);
				button.addEventListener('blur', hide);
				button.addEventListener('pointerleave', hide);
			}
		})(points);
	}
})();
