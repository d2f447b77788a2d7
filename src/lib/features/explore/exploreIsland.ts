/**
 * The explore island, loaded when it wakes: its props travel as JSON beside it (the same the
 * server rendered it with: the dashboard needs all of them at once, so there is nothing to
 * fetch later), and Svelte hydrates the server's markup in place.
 */
import { hydrate } from 'svelte';
import { yieldToMain } from '$lib/features/islands/islands';
import ExploreIsland from './ExploreIsland.svelte';

export async function wakeExplore(island: HTMLElement) {
	const source = document.getElementById('explore-props');
	if (!source) return;
	const props = JSON.parse(source.textContent ?? '{}');
	await yieldToMain();
	hydrate(ExploreIsland, { target: island, props });
	island.dataset.hydrated = '';
}
