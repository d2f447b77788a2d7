import { cardResponse } from '$lib/server/cardResponse';
import { chartContext, langCharts } from '$lib/server/chartPages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A card for every state the story links to, so a shared state shows that state. */
export const entries: EntryGenerator = () => {
	const ctx = chartContext();
	return langCharts().flatMap(({ lang, chart }) =>
		ctx
			.storySlugs(chart)
			.filter((s) => s !== 'default')
			.map((state) => ({ lang, chart, state }))
	);
};

export const GET: RequestHandler = ({ params }) =>
	cardResponse(params.lang, params.chart, params.state);
