/**
 * The sticky chart island, loaded when it is first needed: hydrates the server's markup with
 * the same props it was rendered with, then follows the reader's steps by changing those props.
 * (Its own chunk: the chart code is not part of the story's first script, and each chart's
 * definition and layouts are chunks of their own, loaded when a step first shows that chart.)
 */
import { hydrate } from 'svelte';
import { parseState } from '$lib/chart-model/state';
import type { ChartDefinition, ChartState } from '$lib/chart-model/types';
import type { LocaleSettings } from '$lib/i18n/lang';
import type { SourceRef } from '$lib/stats/sourceRef';
import { islandContext, loadChartIsland } from '$lib/features/islands/charts';
import { hasDefinition } from '$lib/features/islands/definitions';
import { yieldToMain } from '$lib/features/islands/islands';
import StickyChart from './StickyChart.svelte';

interface StickyProps {
	def: ChartDefinition;
	data: unknown;
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
	if (!hasDefinition(id)) return null;
	const first = await loadChartIsland(id, locale);
	await yieldToMain();
	// Raw state, not deep proxies: the chart only ever gets new values, never mutated ones, and
	// proxying its data would tax every read while it draws.
	let def = $state.raw(first.def);
	let data = $state.raw(first.data);
	let chartState = $state.raw(parseState(first.def.states(first.data), stateOf(island)));
	let sources = $state.raw(first.sources);
	let points = $state(true);
	const props: StickyProps = {
		get def() {
			return def;
		},
		get data() {
			return data;
		},
		get chartState() {
			return chartState;
		},
		get sources() {
			return sources;
		},
		get points() {
			return points;
		},
		locale
	};
	hydrate(StickyChart, { target: island, props, context: islandContext() });
	island.dataset.hydrated = '';
	return {
		async show(step) {
			const nextId = step.dataset.chart ?? '';
			if (!hasDefinition(nextId)) return;
			const next = await loadChartIsland(nextId, locale);
			const state = parseState(next.def.states(next.data), stateOf(step));
			if (next.def === def) {
				chartState = state;
				return;
			}
			// Another chart: drawn first without its point buttons, which follow after a yield, so
			// no single task builds a whole chart while the reader scrolls.
			await yieldToMain();
			sources = { ...sources, ...next.sources };
			points = false;
			chartState = state;
			data = next.data;
			def = next.def;
			await yieldToMain();
			points = true;
		}
	};
}
