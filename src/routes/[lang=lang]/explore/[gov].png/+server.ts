import { error } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n';
import { governorateCardPng } from '$lib/server/governorateCard';
import {
	GOVERNORATE_CODES,
	GOVERNORATES,
	governorateOfSlug
} from '$lib/stats/governorates/governorates';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		GOVERNORATE_CODES.map((code) => ({ lang, gov: GOVERNORATES[code].slug }))
	);

/** A governorate page's social card: its default view as the dashboard's snapshot, card-sized. */
export const GET: RequestHandler = ({ params }) => {
	const code = governorateOfSlug(params.gov);
	if (!code || !isLang(params.lang)) error(404, 'No such governorate');
	return new Response(governorateCardPng(params.lang, code) as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
