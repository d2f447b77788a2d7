/**
 * The time panel's brush: d3-brush, loaded when the panel mounts (not in the page's first
 * script), snapping a dragged pixel range to whole months. Extents are sorted whichever way the
 * reader drags. Moves the brush made by the page itself (`show`) are not reported back.
 */
type Extent = [[number, number], [number, number]];

export interface BrushHandle {
	/** Draw the selection over [x0, x1] (none for null) without reporting it. */
	show(extent: [number, number] | null): void;
	/** Re-read the extent (after the panel's width changed). */
	resize(): void;
	destroy(): void;
}

export async function brushRange(
	target: SVGGElement,
	options: {
		extent: () => Extent;
		indexAt: (x: number) => number;
		onrange: (from: number, to: number, final: boolean) => void;
	}
): Promise<BrushHandle> {
	const [{ brushX }, { select }] = await Promise.all([import('d3-brush'), import('d3-selection')]);
	const g = select(target);
	const brush = brushX<unknown>().extent(options.extent());
	const report =
		(final: boolean) => (e: { selection: [number, number] | null; sourceEvent?: unknown }) => {
			// Only a reader's drag is reported; `show` moves the brush with no source event.
			if (!e.sourceEvent || !e.selection) return;
			const [a, b] = [options.indexAt(e.selection[0]), options.indexAt(e.selection[1] - 0.5)];
			options.onrange(Math.min(a, b), Math.max(a, b), final);
		};
	brush.on('brush', report(false)).on('end', report(true));
	g.call(brush);
	// The overlay is for pointers only: keyboard readers use the From and To lists.
	g.selectAll('rect').attr('aria-hidden', 'true');
	return {
		show(extent) {
			g.call(brush.move, extent);
		},
		resize() {
			brush.extent(options.extent());
			g.call(brush);
		},
		destroy() {
			brush.on('brush', null).on('end', null);
			g.selectAll('*').remove();
		}
	};
}
