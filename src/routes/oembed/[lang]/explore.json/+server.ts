import { error, json } from '@sveltejs/kit';
import { oembedHtml } from '$lib/features/embed/snippets';
import { sourceLine } from '$lib/features/embed/sourceLine';
import { EXPLORE_EMBED_HEIGHT, exploreEmbedPath } from '$lib/features/explore/embedPath';
import { absolute, SITE_NAME, SITE_ORIGIN } from '$lib/features/site/site';
import { explorePath } from '$lib/features/site/paths';
import { EXPLORE_TEXT as T, isLang, LANGS } from '$lib/i18n';
import { explorePageData } from '$lib/server/explore';
import { GOVERNORATE_SOURCE_IDS } from '$lib/stats/governorates';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/**
 * oEmbed for the dashboard's default view. A static host cannot answer per query string, so a
 * view with parameters is embedded with the iframe snippet the embed dialog gives.
 */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'No such edition');
	const lang = params.lang;
	const { sources } = explorePageData();
	const ids: string[] = [GOVERNORATE_SOURCE_IDS.ibc, GOVERNORATE_SOURCE_IDS.sigact];
	return json({
		version: '1.0',
		type: 'rich',
		title: T.title[lang],
		provider_name: SITE_NAME[lang],
		provider_url: `${SITE_ORIGIN}/`,
		html: oembedHtml({
			src: absolute(exploreEmbedPath(lang)),
			title: T.title[lang],
			height: EXPLORE_EMBED_HEIGHT,
			pageUrl: absolute(explorePath(lang)),
			sourceLine: sourceLine(
				ids.flatMap((id) => (sources[id] ? [sources[id]] : [])),
				lang
			)
		}),
		width: 640,
		height: EXPLORE_EMBED_HEIGHT
	});
};
