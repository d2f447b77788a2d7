/**
 * Time-axis labels that would run into each other in a narrow column ("2003200420052006…" in a
 * phone's WordPress column) are thinned: from the left, a label that would touch the last one
 * kept is hidden (kept in the DOM, `visibility: hidden`, so the axis keeps its rhythm), and the
 * work is redone whenever the axis changes size. Plain DOM, for every page that shows a chart:
 * the story's and the gallery's server charts, embeds, and the live charts' axis component.
 * Without scripts, CSS thins every other label on a narrow screen (`TimeAxis.html.svelte`).
 */
const GAP = 6;

export function thinAxisLabels(axis: HTMLElement): void {
	const labels = [...axis.querySelectorAll<HTMLElement>(':scope > .label')];
	for (const l of labels) l.removeAttribute('data-thinned');
	let lastRight = -Infinity;
	for (const l of labels) {
		const r = l.getBoundingClientRect();
		if (r.width === 0) continue;
		if (r.left < lastRight + GAP) l.setAttribute('data-thinned', '');
		else lastRight = r.right;
	}
}

/**
 * Thins every time axis under `root` now, whenever one changes size, and in markup put there
 * later (the story's sticky chart swaps figures as the reader scrolls); returns the undo.
 */
export function attachAxisThinning(root: ParentNode): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	const seen = new WeakSet<Element>();
	const resized = new ResizeObserver((entries) => {
		for (const e of entries) thinAxisLabels(e.target as HTMLElement);
	});
	const watch = () => {
		for (const axis of root.querySelectorAll<HTMLElement>('.time-axis')) {
			if (seen.has(axis)) continue;
			seen.add(axis);
			axis.setAttribute('data-thinning', '');
			resized.observe(axis);
			thinAxisLabels(axis);
		}
	};
	watch();
	const added = new MutationObserver(watch);
	added.observe(root, { childList: true, subtree: true });
	return () => {
		resized.disconnect();
		added.disconnect();
	};
}
