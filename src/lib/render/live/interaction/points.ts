import { getContext, setContext } from 'svelte';
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

const POINT_BUTTONS = Symbol('point buttons');
/**
 * Whether a chart's data points render as focusable buttons (on unless a chart turns them off).
 * Off for copies that can never run script, such as the story's `<noscript>` charts: there the
 * buttons would do nothing and add a third of the chart's markup; the data table carries the values.
 */
export const setPointButtons = (on: () => boolean): void => void setContext(POINT_BUTTONS, on);
/** Read at component init; returns a getter to read reactively. */
export const pointButtons = (): (() => boolean) =>
	getContext<(() => boolean) | undefined>(POINT_BUTTONS) ?? (() => true);
