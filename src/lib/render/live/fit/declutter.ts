/**
 * Labels on a map that would cover each other (a city's name under the day's event label, a
 * country's name across a long place name) are decluttered: labels are taken by priority
 * (`data-priority`, highest first, then in document order) and one that would touch a label
 * already kept is hidden (`data-decluttered`, `visibility: hidden`). The event of the day is
 * never hidden; a city's name gives way first. Redone whenever the map changes size.
 */
const GAP = 2;

/**
 * A label's lines, each cut to its em square (the font's ascent and descent leave no ink): a
 * long place name wraps, and a name beside its second line is as covered as one beside its first.
 */
function inkLines(el: HTMLElement): DOMRect[] {
	const em = parseFloat(getComputedStyle(el).fontSize);
	const range = document.createRange();
	range.selectNodeContents(el);
	return [...range.getClientRects()]
		.filter((r) => r.width > 0)
		.map((r) => (r.height <= em ? r : new DOMRect(r.x, r.y + (r.height - em) / 2, r.width, em)));
}

const touches = (a: DOMRect, b: DOMRect) =>
	a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom && b.top < a.bottom;

export function declutterLabels(map: HTMLElement): void {
	// sort is stable: labels of one priority stay in document order; a hidden label keeps its box
	const byPriority = [...map.querySelectorAll<HTMLElement>('[data-priority]')].sort(
		(a, b) => Number(b.dataset.priority) - Number(a.dataset.priority)
	);
	const kept: DOMRect[] = [];
	for (const el of byPriority) {
		const lines = inkLines(el);
		const covered = lines.some((line) => kept.some((k) => touches(k, line)));
		el.toggleAttribute('data-decluttered', covered);
		if (!covered) kept.push(...lines);
	}
}
