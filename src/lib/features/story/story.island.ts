/**
 * The story's script (built to /_islands/story.js; the page itself ships no framework). It
 * makes the scroller follow the reader, keeps the edition switch and the share link on the
 * reader's step, opens fact-check evidence where there is room, and wakes the one island, the
 * sticky chart, when it is first used: its code and data load then, and Svelte hydrates the
 * server's markup in place.
 */
import { isLang, otherLang, settingsFor } from '$lib/i18n';
import { openEvidence } from './factCheck';
import { attachScrolly } from './scrolly';
import { whenSeenAndIdle } from '$lib/features/islands/islands';
import { attachShareButtons } from './shareButtons';
import type { StickyIsland } from './stickyIsland.svelte';

const langAttr = document.documentElement.lang;
const lang = isLang(langAttr) ? langAttr : 'en';
const root = document.querySelector<HTMLElement>('[data-scrolly]');
const island = document.querySelector<HTMLElement>('[data-island="sticky-chart"]');
const editionSwitch = document.querySelector<HTMLAnchorElement>('a.edition-switch');
const shareRoot = document.querySelector<HTMLElement>('[data-share]');
const share = shareRoot ? attachShareButtons(shareRoot) : null;

let sticky: Promise<StickyIsland | null> | null = null;
const wake = () =>
	(sticky ??= island
		? import('./stickyIsland.svelte').then((m) => m.wakeSticky(island, settingsFor(lang)))
		: Promise.resolve(null));

if (root) {
	let current: HTMLElement | undefined;
	const follow = (step: HTMLElement) => {
		current = step;
		if (sticky) void sticky.then((s) => s?.show(step));
	};
	const scrolly = attachScrolly(root, (i, step) => {
		const hash = i > 0 ? `#step-${step.dataset.step}` : '';
		if (editionSwitch) editionSwitch.href = `/${otherLang(lang)}/${hash}`;
		share?.setPath(`/${lang}/${hash}`);
		root.querySelector('.graphic')?.setAttribute('data-active-chart', step.dataset.chart ?? '');
		follow(step);
		void wake();
	});
	current = scrolly.steps[scrolly.index];
	// The chart wakes when it is in view and the browser is idle, or at once when it is used
	// first (a scroll, a key, a touch, a pointer or focus on it). A page opened on a later step
	// (#step-12) needs its chart now.
	const first = () => void wake().then((s) => current && s?.show(current));
	for (const type of ['scroll', 'keydown', 'pointerdown', 'touchstart'])
		addEventListener(type, first, { once: true, passive: true });
	island?.addEventListener('pointerover', first, { once: true });
	island?.addEventListener('focusin', first, { once: true });
	if (scrolly.index > 0) first();
	else if (island) whenSeenAndIdle(island, first);
}
openEvidence(document);
