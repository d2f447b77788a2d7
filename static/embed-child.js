/*
 * Iraq 2003–2013: the war in numbers — the embed page's own script (the embed's side of
 * responsive iframes). Plain JavaScript, no framework, so a plain embed stays a few KB.
 *
 * - `?theme=light|dark` and `?transparent=1` set the page's colour scheme and background.
 * - A chart-state parameter (`?view=…`, `?year=…`) moves to the live version of the embed
 *   (`…/live/?…`), which renders any state; the plain page is the prerendered default.
 * - Whenever the content's height (rounded up) changes, it tells the parent in every format
 *   hosts understand: pym.js v1 (only when a pym Parent made the frame: `childId`), AMP
 *   `embed-size`, the `iframe.resize` JSON string, and our own message for /embed.js.
 * - On the plain page, the chart's data points get their tooltips (keyboard, pointer, touch).
 */
(function () {
	'use strict';
	var root = document.querySelector('.embed-root');
	if (!root) return;
	var query = new URLSearchParams(location.search);
	var html = document.documentElement;
	var theme = query.get('theme');
	if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
	if (query.get('transparent') === '1') html.setAttribute('data-transparent', '');

	var live = root.hasAttribute('data-live');
	var stateKeys = (root.getAttribute('data-state-keys') || '').split(',').filter(Boolean);
	if (!live) {
		for (var k = 0; k < stateKeys.length; k++) {
			if (query.has(stateKeys[k])) {
				location.replace(location.pathname + 'live/' + location.search);
				return;
			}
		}
	}

	var TYPE = 'iraq-war-numbers:height';
	var chart = root.getAttribute('data-embed');
	var childId = query.get('childId');
	var last = -1;
	function send() {
		var height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last || window.parent === window) return;
		last = height;
		var messages = [
			{ sentinel: 'amp', type: 'embed-size', height: height },
			JSON.stringify({ context: 'iframe.resize', src: location.href, height: height }),
			{ type: TYPE, chart: chart, height: height }
		];
		if (childId) messages.unshift('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height);
		for (var i = 0; i < messages.length; i++) window.parent.postMessage(messages[i], '*');
	}
	new ResizeObserver(send).observe(root);
	send();

	if (live) return; // the live page's own components handle the data points

	// Tooltips for the prerendered points: one tab stop per chart, arrows/Home/End move.
	var tip = document.createElement('div');
	tip.className = 'chart-tooltip';
	tip.setAttribute('aria-hidden', 'true');
	tip.hidden = true;
	function show(button) {
		button.parentNode.appendChild(tip);
		tip.textContent = button.getAttribute('aria-label');
		tip.style.left = button.style.left;
		tip.style.top = button.style.top;
		tip.classList.toggle('flip', parseFloat(button.style.left) > 60);
		tip.hidden = false;
	}
	function hide() {
		tip.hidden = true;
	}
	var groups = root.querySelectorAll('.points');
	for (var g = 0; g < groups.length; g++) {
		(function (group) {
			var buttons = group.querySelectorAll('button.point');
			function index(el) {
				return Array.prototype.indexOf.call(buttons, el);
			}
			group.addEventListener('keydown', function (e) {
				var i = index(document.activeElement);
				if (i < 0) return;
				var next = {
					ArrowRight: i + 1,
					ArrowDown: i + 1,
					ArrowLeft: i - 1,
					ArrowUp: i - 1,
					Home: 0,
					End: buttons.length - 1
				}[e.key];
				if (e.key === 'Escape') return hide();
				if (next === undefined) return;
				e.preventDefault();
				next = Math.max(0, Math.min(buttons.length - 1, next));
				buttons[i].tabIndex = -1;
				buttons[next].tabIndex = 0;
				buttons[next].focus();
			});
			for (var b = 0; b < buttons.length; b++) {
				buttons[b].addEventListener('focus', function (e) {
					show(e.currentTarget);
				});
				buttons[b].addEventListener('click', function (e) {
					show(e.currentTarget);
				});
				buttons[b].addEventListener('pointerenter', function (e) {
					show(e.currentTarget);
				});
				buttons[b].addEventListener('blur', hide);
				buttons[b].addEventListener('pointerleave', hide);
			}
		})(groups[g]);
	}
})();
