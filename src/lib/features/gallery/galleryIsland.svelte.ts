/**
 * A gallery chart island, loaded when it is first needed: fetches the chart's definition, data
 * and layouts and hydrates the server's markup with the same props. (Its own chunk, shared by every
 * chart; each definition is a chunk of its own.)
 */
import { hydrate } from 'svelte';
import { islandContext, loadChartIsland } from '$lib/features/islands/charts';
import { hasDefinition } from '$lib/features/islands/definitions';
import { yieldToMain } from '$lib/features/islands/islands';
import type { LocaleSettings } from '$lib/i18n/lang';
import GalleryChart from './GalleryChart.svelte';

export async function wakeGalleryChart(
	island: HTMLElement,
	locale: LocaleSettings,
	/** Runs just before hydrating, in the same task (what the server markup had attached steps aside). */
	beforeHydrate: () => void = () => {}
) {
	const id = island.dataset.chart ?? '';
	if (!hasDefinition(id)) return;
	const { def, data, sources } = await loadChartIsland(id, locale);
	await yieldToMain();
	beforeHydrate();
	hydrate(GalleryChart, {
		target: island,
		props: { def, data, locale, sources },
		context: islandContext()
	});
	island.dataset.hydrated = '';
}
