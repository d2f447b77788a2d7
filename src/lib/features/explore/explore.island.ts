/**
 * The explore page's script (built to /_islands/explore.js; the page ships no framework). The
 * dashboard is one island: it wakes at once when the URL names a view (the server drew the
 * default one), otherwise when it is seen and the browser is idle, or when first used.
 */
import { whenSeenAndIdle } from '$lib/features/islands/islands';

const island = document.querySelector<HTMLElement>('[data-island="explore"]');
if (island) {
	let woken = false;
	const wake = () => {
		if (woken) return;
		woken = true;
		void import('./exploreIsland').then((m) => m.wakeExplore(island));
	};
	island.addEventListener('pointerover', wake, { once: true });
	island.addEventListener('focusin', wake, { once: true });
	addEventListener('keydown', wake, { once: true });
	addEventListener('touchstart', wake, { once: true, passive: true });
	if (location.search) wake();
	else whenSeenAndIdle(island, wake);
}
