/**
 * The gallery's script (built to /_islands/gallery.js; the page ships no framework): each
 * chart wakes when it is scrolled near and the browser is idle, or at once when used, one at a
 * time, so no task hydrates the whole page.
 */
import { whenSeenAndIdle } from '$lib/features/islands/islands';
import { isLang, settingsFor } from '$lib/i18n';

const langAttr = document.documentElement.lang;
const locale = settingsFor(isLang(langAttr) ? langAttr : 'en');

for (const island of document.querySelectorAll<HTMLElement>('[data-island="gallery-chart"]')) {
	let woken = false;
	const wake = () => {
		if (woken) return;
		woken = true;
		void import('./galleryIsland.svelte').then((m) => m.wakeGalleryChart(island, locale));
	};
	island.addEventListener('pointerover', wake, { once: true });
	island.addEventListener('focusin', wake, { once: true });
	whenSeenAndIdle(island, wake);
}
