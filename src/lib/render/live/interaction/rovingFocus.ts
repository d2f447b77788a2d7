/**
 * Roving focus among a chart's data points (one tab stop, arrows to move), shared by the live
 * renderer's PointFocus and the plain-DOM tooltips of server-rendered charts. No Svelte here:
 * the story's script imports it without the framework.
 */
/** Roving focus: the index after a key press, or null if the key is not a navigation key. */
export function nextIndex(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
