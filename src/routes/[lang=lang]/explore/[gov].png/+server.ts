import { governorateCardPng } from '$lib/server/governorateCard';
import { governorateEntries, governorateParams } from '$lib/server/governorateRoutes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = governorateEntries;

/** A governorate page's social card: its default view as the dashboard's snapshot, card-sized. */
export const GET: RequestHandler = ({ params }) => {
	const { lang, code } = governorateParams(params);
	return new Response(governorateCardPng(lang, code) as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
