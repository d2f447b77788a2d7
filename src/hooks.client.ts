import type { ClientInit } from '@sveltejs/kit';

/**
 * Every page is prerendered and readable before any script runs, so hydration can wait for the
 * browser to paint that HTML first: the reader sees the text as soon as it arrives instead of
 * after the framework has started (the largest paint is the story's deck, not a chart).
 */
export const init: ClientInit = () =>
	new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
