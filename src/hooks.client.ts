import type { ClientInit } from '@sveltejs/kit';

/**
 * Every page is prerendered and readable before any script runs, so hydration waits for the
 * browser to paint that HTML first: the reader sees the text as soon as it arrives instead of
 * after the framework has started (the largest paint is the story's deck, not a chart).
 * A tab opened in the background paints nothing, so it hydrates at once.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		if (document.visibilityState === 'hidden') resolve();
		else requestAnimationFrame(() => setTimeout(resolve, 0));
	});
