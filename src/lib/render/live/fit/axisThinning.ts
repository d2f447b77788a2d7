/**
 * Time-axis labels that would run into each other in a narrow column ("2003200420052006…" in a
 * phone's WordPress column) are thinned: from the left, a label that would touch the last one
 * kept is hidden (kept in the DOM, `visibility: hidden`, so the axis keeps its rhythm). Without
 * scripts, CSS thins every other label on a narrow screen (`TimeAxis.html.svelte`).
 */
const GAP = 6;

export function thinAxisLabels(axis: HTMLElement): void {
	// a hidden label keeps its box, so each is measured as laid out whatever was thinned before
	let lastRight = -Infinity;
	for (const l of axis.querySelectorAll<HTMLElement>(':scope > .label')) {
		const r = l.getBoundingClientRect();
		const thinned = r.width > 0 && r.left < lastRight + GAP;
		l.toggleAttribute('data-thinned', thinned);
		if (r.width > 0 && !thinned) lastRight = r.right;
	}
}
