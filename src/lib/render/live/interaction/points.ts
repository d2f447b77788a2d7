import { getContext, setContext } from 'svelte';
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
