/**
 * Chart text fitted to its column, for every page that shows a chart: the story's and the
 * gallery's server charts, embeds, and the live charts' own components. Each kind of text has
 * its fitter, run now, whenever its container changes size, once the web fonts have loaded
 * (they change every width), and for markup put there later (the story's sticky chart swaps
 * figures as the reader scrolls). A fitted container is marked `data-fitted`, which also turns
 * off its CSS fallback for pages without scripts.
 */
import { laneAnnotations } from './annotationLanes';
import { thinAxisLabels } from './axisThinning';
import { declutterLabels } from './declutter';

const FITTERS: readonly (readonly [selector: string, fit: (el: HTMLElement) => void])[] = [
	['.time-axis', thinAxisLabels],
	['.annotations', laneAnnotations],
	['[data-declutter]', declutterLabels]
];

function fit(el: HTMLElement): void {
	for (const [selector, fitter] of FITTERS) if (el.matches(selector)) fitter(el);
}

/** Fits every container under `root` (and `root` itself) and keeps them fitted; returns the undo. */
export function attachTextFit(root: HTMLElement): () => void {
	const watched: HTMLElement[] = [];
	const resized = new ResizeObserver((entries) => {
		for (const e of entries) fit(e.target as HTMLElement);
	});
	const watch = () => {
		for (const [selector] of FITTERS)
			for (const el of [root, ...root.querySelectorAll<HTMLElement>(selector)]) {
				// one attachment per container, whichever of the page's or the component's came first
				if (!el.matches(selector) || 'fitted' in el.dataset) continue;
				el.dataset.fitted = '';
				watched.push(el);
				resized.observe(el);
				fit(el);
			}
	};
	const refit = () => watched.forEach((el) => el.isConnected && fit(el));
	watch();
	// once more after the frame in which a component hydrates and may still move its labels
	requestAnimationFrame(refit);
	// markup put there later, and labels a live chart redraws inside a container already fitted
	const added = new MutationObserver((changes) => {
		watch();
		for (const el of watched) if (changes.some((c) => el.contains(c.target))) fit(el);
	});
	added.observe(root, { childList: true, subtree: true, characterData: true });
	document.fonts?.addEventListener('loadingdone', refit);
	return () => {
		resized.disconnect();
		added.disconnect();
		document.fonts?.removeEventListener('loadingdone', refit);
		for (const el of watched) delete el.dataset.fitted;
	};
}
