/**
 * A layout that replaces another (a new view, a new chart) fades in; the first one does not,
 * as Svelte's `in:` transitions do not on first render. Web Animations rather than
 * `svelte/transition`, whose runtime is a kilobyte the story's first script need not carry.
 * No motion for readers who ask for less.
 */
import type { Attachment } from 'svelte/attachments';

const reduced = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Fades an element in (a figure swapped in by plain DOM, too), unless the reader asks for less. */
export function fadeIn(el: HTMLElement, duration = 250): void {
	if (!reduced() && typeof el.animate === 'function')
		el.animate([{ opacity: 0 }, { opacity: 1 }], { duration, easing: 'ease-out' });
}

/** An attachment for the element a `{#key}` block re-creates: skips the first, fades the rest. */
export function fadeInAfterFirst(duration = 250): Attachment<HTMLElement> {
	let first = true;
	return (el) => {
		if (first) first = false;
		else fadeIn(el, duration);
	};
}
