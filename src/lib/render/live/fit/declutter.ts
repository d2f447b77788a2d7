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
	const labels = [...map.querySelectorAll<HTMLElement>('[data-priority]')];
	for (const l of labels) l.removeAttribute('data-decluttered');
	const byPriority = labels
		.map((el, order) => ({ el, order, priority: Number(el.dataset.priority) }))
		.sort((a, b) => b.priority - a.priority || a.order - b.order);
	const kept: DOMRect[] = [];
	for (const { el } of byPriority) {
		const lines = inkLines(el);
		if (lines.some((line) => kept.some((k) => touches(k, line))))
			el.setAttribute('data-decluttered', '');
		else kept.push(...lines);
	}
}
