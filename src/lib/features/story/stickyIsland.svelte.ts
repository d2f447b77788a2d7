/**
 * The sticky chart island, loaded when it is first needed: hydrates the server's markup with
 * the same props it was rendered with, then follows the reader's steps by changing those props.
 * (Its own chunk: the chart code is not part of the story's first script.)
 */
import { hydrate } from 'svelte';
import { definitionOf, isRegistered, type RegisteredChart } from '$lib/chart-model/registry';
import { parseState } from '$lib/chart-model/state';
import type { ChartState } from '$lib/chart-model/types';
import type { LocaleSettings } from '$lib/i18n';
import type { SourceRef } from '$lib/stats';
import { loadChart, yieldToMain } from '$lib/features/islands/islands';
import StickyChart from './StickyChart.svelte';

interface StickyProps {
	id: RegisteredChart;
	data: Record<string, unknown>;
	chartState: ChartState;
	locale: LocaleSettings;
	sources: Record<string, SourceRef>;
	points?: boolean;
}

const stateOf = (el: HTMLElement): Record<string, string> => JSON.parse(el.dataset.state ?? '{}');

export interface StickyIsland {
	/** Show a step's chart (`data-chart`, `data-state`), loading its data first if need be. */
	show(step: HTMLElement): Promise<void>;
}

export async function wakeSticky(
	island: HTMLElement,
	locale: LocaleSettings
): Promise<StickyIsland | null> {
	const id = island.dataset.chart ?? '';
	if (!isRegistered(id)) return null;
	const payload = await loadChart(id);
	await yieldToMain();
	const props: StickyProps = $state({
		id,
		data: { [id]: payload.data },
		chartState: parseState(definitionOf(id).states(payload.data), stateOf(island)),
		locale,
		sources: { ...payload.sources }
	});
	hydrate(StickyChart, { target: island, props });
	island.dataset.hydrated = '';
	return {
		async show(step) {
			const next = step.dataset.chart ?? '';
			if (!isRegistered(next)) return;
			const p = await loadChart(next);
			const state = parseState(definitionOf(next).states(p.data), stateOf(step));
			if (next === props.id) {
				props.chartState = state;
				return;
			}
			// Another chart: drawn first without its point buttons, which follow after a yield, so
			// no single task builds a whole chart while the reader scrolls.
			await yieldToMain();
			props.data[next] = p.data;
			Object.assign(props.sources, p.sources);
			props.points = false;
			props.chartState = state;
			props.id = next;
			await yieldToMain();
			props.points = true;
		}
	};
}
