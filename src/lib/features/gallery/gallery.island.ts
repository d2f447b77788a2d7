/**
 * The gallery's script (built to /_islands/gallery.js; the page ships no framework). Every
 * chart is server HTML that works at once in plain DOM: its data points show their tooltips and
 * its actions (link, embed, downloads) work, as on the story. A chart hydrates only when the
 * reader first reaches for what needs it, its state controls or its "All states": the pointer,
 * a key or focus there starts the waking, and a click or choice made while it wakes is replayed
 * once it is awake. So no chart's code runs at load, and none hydrates that is never used.
 */
import { attachChartActions } from '$lib/features/chart/chartActions';
import { attachTextFit } from '$lib/render/live/fit/textFit';
import { attachPointTips } from '$lib/features/chart/pointTips';
import { downloadFromPage } from '$lib/features/islands/downloads';
import { yieldToMain } from '$lib/features/islands/islands';
import { isLang, settingsFor } from '$lib/i18n/lang';

const langAttr = document.documentElement.lang;
const locale = settingsFor(isLang(langAttr) ? langAttr : 'en');

/** What needs the chart's own code: its controls and its list of every state. */
const NEEDS_CHART = 'fieldset.controls, details.states';

for (const island of document.querySelectorAll<HTMLElement>('[data-island="gallery-chart"]')) {
	const tips = attachPointTips(island);
	attachTextFit(island);
	const actions = attachChartActions(island, downloadFromPage(locale));
	for (const set of island.querySelectorAll<HTMLFieldSetElement>('fieldset.controls'))
		set.disabled = false;

	let waking: Promise<void> | null = null;
	/** Clicks and choices that arrived while the chart was waking, replayed in order once awake. */
	const replay: (() => void)[] = [];
	const wake = () =>
		(waking ??= (async () => {
			const { wakeGalleryChart } = await import('./galleryIsland.svelte');
			await wakeGalleryChart(island, locale, () => {
				// the component brings its own points and actions: the plain-DOM ones step aside
				tips();
				actions.detach();
			});
			for (const again of replay.splice(0)) {
				again();
				await yieldToMain(); // the state it set is drawn before the next one reads it
			}
		})());
	const needsChart = (e: Event) =>
		e.target instanceof Element && e.target.closest(NEEDS_CHART) !== null;
	for (const type of ['pointerdown', 'focusin', 'keydown'])
		island.addEventListener(type, (e) => needsChart(e) && void wake(), { passive: true });
	island.addEventListener(
		'click',
		(e) => {
			if (island.dataset.hydrated !== undefined) return;
			// once waking, every button waits for the chart (a state, then its embed code…)
			if (!waking && !needsChart(e)) return;
			const button = (e.target as HTMLElement).closest('button');
			if (!button) return; // a summary opens natively; its toggle is replayed below
			e.preventDefault();
			e.stopImmediatePropagation();
			replay.push(() => button.click());
			void wake();
		},
		{ capture: true }
	);
	island.addEventListener(
		'change',
		(e) => {
			if (island.dataset.hydrated !== undefined || !needsChart(e)) return;
			const select = e.target;
			if (!(select instanceof HTMLSelectElement)) return;
			const value = select.value;
			replay.push(() => {
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			});
			void wake();
		},
		{ capture: true }
	);
	island.addEventListener(
		'toggle',
		(e) => {
			const details = e.target;
			if (island.dataset.hydrated !== undefined || !(details instanceof HTMLDetailsElement)) return;
			replay.push(() => details.dispatchEvent(new Event('toggle')));
			void wake();
		},
		{ capture: true }
	);
}
