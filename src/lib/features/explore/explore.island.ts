/**
 * The explore page's script (built to /_islands/explore.js; the page ships no framework). The
 * dashboard is one island. The server drew the default view, complete: so the island wakes at
 * once only when the URL names another view, and otherwise when the reader first reaches for
 * it (a pointer over it, focus in it, a key, a touch). Hydrating the map, series and table is
 * a few hundred milliseconds on a slow phone: not worth spending before anyone asks.
 */

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
}
