/**
 * Runs every chart's selector over the datasets, once per build. Server only: selectors may
 * read heavy inputs (map geometry) that must not reach the browser.
 */
import { selectCivilianToll } from '$lib/chart-model/definitions/civilianToll.select';
import { selectCoalitionComposition } from '$lib/chart-model/definitions/coalitionComposition.select';
import { selectCoalitionDeaths } from '$lib/chart-model/definitions/coalitionDeaths.select';
import { selectDeathEstimates } from '$lib/chart-model/definitions/deathEstimates.select';
import { selectInvasionMap } from '$lib/chart-model/definitions/invasionMap.select';
import { selectUsCasualties } from '$lib/chart-model/definitions/usCasualties.select';
import { selectWarCost } from '$lib/chart-model/definitions/warCost.select';
import { definitionOf, REGISTERED, type ChartDataMap } from '$lib/chart-model/registry';
import type { ChartSelector } from '$lib/chart-model/types';
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
