import { cardResponse } from '$lib/server/cardResponse';
import { storyStateEntries } from '$lib/server/chartPages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A card for every state the story links to, so a shared state shows that state. */
export const entries: EntryGenerator = storyStateEntries;

export const GET: RequestHandler = ({ params }) =>
	cardResponse(params.lang, params.chart, params.state);
