/**
 * Time-axis labels that would run into each other in a narrow column ("2003200420052006…" in a
 * phone's WordPress column) are thinned: from the left, a label that would touch the last one
 * kept is hidden (kept in the DOM, `visibility: hidden`, so the axis keeps its rhythm). Without
 * scripts, CSS thins every other label on a narrow screen (`TimeAxis.html.svelte`).
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
