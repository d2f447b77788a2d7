/**
 * Runs every chart's selector over the datasets, once per build. Server only: selectors may
 * read heavy inputs (map geometry) that must not reach the browser.
 */
import { selectCivilianToll } from '$lib/charts/definitions/civilianToll.select';
import { selectCoalitionComposition } from '$lib/charts/definitions/coalitionComposition.select';
import { selectCoalitionDeaths } from '$lib/charts/definitions/coalitionDeaths.select';
import { selectDeathEstimates } from '$lib/charts/definitions/deathEstimates.select';
import { selectInvasionMap } from '$lib/charts/definitions/invasionMap.select';
import { selectUsCasualties } from '$lib/charts/definitions/usCasualties.select';
import { selectWarCost } from '$lib/charts/definitions/warCost.select';
import { definitionOf, REGISTERED, type ChartDataMap } from '$lib/charts/registry';
import type { ChartSelector } from '$lib/charts/types';
import type { Datasets } from '$lib/stats';

const SELECTORS: { [K in keyof ChartDataMap]: ChartSelector<ChartDataMap[K]> } = {
	'coalition-deaths': selectCoalitionDeaths,
	'us-casualties': selectUsCasualties,
	'coalition-composition': selectCoalitionComposition,
	'civilian-toll': selectCivilianToll,
	'death-estimates': selectDeathEstimates,
	'invasion-map': selectInvasionMap,
	'war-cost': selectWarCost
};

export function selectAll(d: Datasets): ChartDataMap {
	return Object.fromEntries(
		REGISTERED.map((id) => [id, SELECTORS[id](d)])
	) as unknown as ChartDataMap;
}

/** Every source id any chart cites. */
export function chartSourceIds(data: ChartDataMap): Set<string> {
	return new Set(REGISTERED.flatMap((id) => definitionOf(id).sourceIds(data[id])));
}
