import { cardResponse } from '$lib/server/cardResponse';
import { langCharts } from '$lib/server/chartPages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => langCharts();

/** The social card for a chart in its default state: a PNG of the card size (tokens.ts). */
export const GET: RequestHandler = ({ params }) =>
	cardResponse(params.lang, params.chart, 'default');
