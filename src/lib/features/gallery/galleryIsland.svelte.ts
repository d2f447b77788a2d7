/**
 * A gallery chart island, loaded when it is first needed: fetches the chart's data and
 * hydrates the server's markup with the same props. (Its own chunk, shared by every chart.)
 */
import { hydrate } from 'svelte';
import { isRegistered } from '$lib/chart-model/registry';
import { loadChart, yieldToMain } from '$lib/features/islands/islands';
import type { LocaleSettings } from '$lib/i18n';
import GalleryChart from './GalleryChart.svelte';

export async function wakeGalleryChart(island: HTMLElement, locale: LocaleSettings) {
	const id = island.dataset.chart ?? '';
	if (!isRegistered(id)) return;
	const payload = await loadChart(id);
	await yieldToMain();
	hydrate(GalleryChart, {
		target: island,
		props: { id, data: { [id]: payload.data }, locale, sources: payload.sources }
	});
	island.dataset.hydrated = '';
}
