/*
 * Iraq 2003–2013: the war in numbers — embed loader for host pages.
 *
 * <div class="iraq-war-embed" data-src="https://…/en/embed/civilian-toll/" data-height="520"></div>
 * <script async src="https://…/embed.js"></script>
 *
 * Finds the placeholders, creates the iframes, and applies height messages only from those
 * iframes: the message must come from one of our frames' windows (event.source), from our
 * origin, and have the expected shape with a sane height. No inline script is needed, so it
 * works under a strict Content-Security-Policy.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var ORIGIN = new URL(script.src).origin;
	var TYPE = 'iraq-war-numbers:height';
	var MAX_HEIGHT = 20000;
	var frames = [];

	function mount(el) {
		if (el.getAttribute('data-mounted')) return;
		var src;
		try {
			src = new URL(el.getAttribute('data-src'), ORIGIN);
		} catch {
			return;
		}
		if (src.origin !== ORIGIN || src.pathname.indexOf('/embed/') === -1) return;
		var frame = document.createElement('iframe');
		frame.src = src.href;
		frame.title = el.getAttribute('data-title') || 'Chart';
		frame.loading = 'lazy';
		frame.setAttribute('scrolling', 'no');
		var height = parseInt(el.getAttribute('data-height'), 10);
		frame.style.cssText =
			'border:0;width:100%;display:block;height:' + (height > 0 ? height : 500) + 'px';
		el.appendChild(frame);
		el.setAttribute('data-mounted', 'true');
		frames.push(frame);
	}

	function mountAll() {
		var placeholders = document.querySelectorAll('.iraq-war-embed[data-src]');
		for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== ORIGIN) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== TYPE) return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT)
			return;
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.ceil(height) + 'px';
			}
		}
	});

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
	else mountAll();
})();
