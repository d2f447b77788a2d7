/**
 * Every chart, in the order the story meets them: the one list that the gallery, embeds, share
 * pages, oEmbed, social cards, chart data and the bench derive from. Adding a chart is a
 * definition and its selector in `definitions/`, and one line here (CONTRIBUTING.md).
 */
import { civilianToll } from './definitions/civilianToll';
import { coalitionComposition } from './definitions/coalitionComposition';
import { coalitionDeaths } from './definitions/coalitionDeaths';
import { deathEstimates } from './definitions/deathEstimates';
import { invasionMap } from './definitions/invasionMap';
import { usCasualties } from './definitions/usCasualties';
import { warCost } from './definitions/warCost';
import { registryOf } from './registryOf';
import type { ChartDefinition } from './types';

/** The registered charts, in the order the story meets them. */
export const CHARTS = [
	coalitionDeaths,
	usCasualties,
	coalitionComposition,
	civilianToll,
	deathEstimates,
	invasionMap,
	warCost
] as const;

type Registered = (typeof CHARTS)[number];
export type ChartIdName = Registered['id'];
/** A chart id known to the registry. */
export type RegisteredChart = ChartIdName;

/** The data each chart is drawn from, by id (what its selector returns). */
export type ChartDataMap = {
	[C in Registered as C['id']]: C extends ChartDefinition<infer D, string> ? D : never;
};

export const { CHART_IDS, isRegistered, asChartId, definitionOf } = registryOf(CHARTS);
/** Every registered chart id, in story order. */
export const REGISTERED = CHART_IDS;
