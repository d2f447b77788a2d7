import { error } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n';
import { exploreOembed } from '$lib/server/exploreOembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** oEmbed for the dashboard's default view (a view with parameters: the embed dialog's snippet). */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'No such edition');
	return exploreOembed(params.lang, null);
};
