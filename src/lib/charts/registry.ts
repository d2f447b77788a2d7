/** Every chart definition by id. No Svelte: pages, embeds, downloads and cards all read this. */
import type { Datasets } from '$lib/stats';
import { coalitionDeaths } from './definitions/coalitionDeaths';
import type { ChartDefinition, ChartIdName } from './types';

export const DEFINITIONS = {
	'coalition-deaths': coalitionDeaths
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own data type
} as const satisfies Partial<Record<ChartIdName, ChartDefinition<any>>>;

export type RegisteredChart = keyof typeof DEFINITIONS;
export const REGISTERED = Object.keys(DEFINITIONS) as RegisteredChart[];
export type ChartDataMap = {
	[K in RegisteredChart]: ReturnType<(typeof DEFINITIONS)[K]['select']>;
};

/** Every chart's data, computed once at build time. */
export function selectAll(d: Datasets): ChartDataMap {
	return Object.fromEntries(
		REGISTERED.map((id) => [id, DEFINITIONS[id].select(d)])
	) as ChartDataMap;
}

/** Every source id any chart cites. */
export function chartSourceIds(data: ChartDataMap): Set<string> {
	return new Set(
		REGISTERED.flatMap((id) => (DEFINITIONS[id] as ChartDefinition<unknown>).sourceIds(data[id]))
	);
}
