/**
 * Every chart definition by id (client-safe: text, states, summaries, tables). What each chart
 * reads from the data is in its selector, run on the server (`$lib/server/chartData`).
 */
import { civilianToll } from './definitions/civilianToll';
import type { CivilianTollData } from './definitions/civilianToll.select';
import { coalitionComposition } from './definitions/coalitionComposition';
import type { CoalitionCompositionData } from './definitions/coalitionComposition.select';
import { coalitionDeaths } from './definitions/coalitionDeaths';
import type { CoalitionDeathsData } from './definitions/coalitionDeaths.select';
import { deathEstimates } from './definitions/deathEstimates';
import type { DeathEstimatesData } from './definitions/deathEstimates.select';
import { invasionMap } from './definitions/invasionMap';
import type { InvasionMapData } from './definitions/invasionMap.select';
import { usCasualties } from './definitions/usCasualties';
import type { UsCasualtiesData } from './definitions/usCasualties.select';
import { warCost } from './definitions/warCost';
import type { WarCostData } from './definitions/warCost.select';
import { asChartId, CHART_IDS, type ChartDefinition, type ChartIdName } from './types';

/** The data each chart is drawn from, by id. */
export interface ChartDataMap {
	'coalition-deaths': CoalitionDeathsData;
	'us-casualties': UsCasualtiesData;
	'coalition-composition': CoalitionCompositionData;
	'civilian-toll': CivilianTollData;
	'death-estimates': DeathEstimatesData;
	'invasion-map': InvasionMapData;
	'war-cost': WarCostData;
}

export const DEFINITIONS: { [K in ChartIdName]: ChartDefinition<ChartDataMap[K]> } = {
	'coalition-deaths': coalitionDeaths,
	'us-casualties': usCasualties,
	'coalition-composition': coalitionComposition,
	'civilian-toll': civilianToll,
	'death-estimates': deathEstimates,
	'invasion-map': invasionMap,
	'war-cost': warCost
};

export type RegisteredChart = ChartIdName;
/** In the order the story meets them. */
export const REGISTERED: readonly ChartIdName[] = CHART_IDS;
export const isRegistered = (id: string): id is RegisteredChart => asChartId(id) !== null;

/** A definition with its data type erased, for code that handles every chart alike. */
export const definitionOf = (id: RegisteredChart) => DEFINITIONS[id] as ChartDefinition<unknown>;
