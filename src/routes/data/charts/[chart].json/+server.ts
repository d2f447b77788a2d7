import { error, json } from '@sveltejs/kit';
import { CHART_IDS, isRegistered } from '$lib/chart-model/registry';
import { chartPayload } from '$lib/server/chartPayload';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

/**
 * One chart's data and the sources it cites: what a chart island fetches when it wakes, so the
 * story and the gallery no longer carry every chart's data in their HTML. The same for both
 * editions (words come from the chart's definition, which the island's script has).
 */
export const GET: RequestHandler = ({ params }) => {
	if (!isRegistered(params.chart)) error(404, 'No such chart');
	return json(chartPayload(params.chart));
};
