import { error } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n';
import { exploreOembed } from '$lib/server/exploreOembed';
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

/** oEmbed for a governorate's page. */
export const GET: RequestHandler = ({ params }) => {
	const code = governorateOfSlug(params.gov);
	if (!code || !isLang(params.lang)) error(404, 'No such governorate');
	return exploreOembed(params.lang, code);
};
