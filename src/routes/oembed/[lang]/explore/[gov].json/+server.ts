import { exploreOembed } from '$lib/server/exploreOembed';
import { governorateEntries, governorateParams } from '$lib/server/governorateRoutes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = governorateEntries;

/** oEmbed for a governorate's page. */
export const GET: RequestHandler = ({ params }) => {
	const { lang, code } = governorateParams(params);
	return exploreOembed(lang, code);
};
