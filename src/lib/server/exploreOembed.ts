/**
 * oEmbed for the dashboard: its default view, or a governorate's page. A static host cannot
 * answer per query string, so a view with other parameters is embedded with the iframe snippet
 * the embed dialog gives.
 */
import { governorateTitle } from '$lib/features/explore/governoratePage';
import { json } from '@sveltejs/kit';
import { oembedHtml } from '$lib/features/embed/snippets';
import { sourceLineHtml } from '$lib/features/embed/sourceLine';
import {
	EXPLORE_EMBED_HEIGHT,
	exploreEmbedPath,
	governorateEmbedPath,
	governoratePath
} from '$lib/features/explore/embedPath';
import { absolute, SITE_NAME, SITE_ORIGIN } from '$lib/features/site/site';
import { explorePath } from '$lib/features/site/paths';
import { EXPLORE_TEXT as T, type Lang } from '$lib/i18n';
import { GOVERNORATE_SOURCE_IDS } from '$lib/stats/governorates';
import type { GovernorateCode } from '$lib/stats/governorates/governorates';
import { explorePageData } from './explore';

export function exploreOembed(lang: Lang, home: GovernorateCode | null): Response {
	const { sources } = explorePageData();
	const ids: string[] = [GOVERNORATE_SOURCE_IDS.ibc, GOVERNORATE_SOURCE_IDS.sigact];
	const title = home ? governorateTitle(home, lang) : T.title[lang];
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME[lang],
		provider_url: `${SITE_ORIGIN}/`,
		html: oembedHtml({
			lang,
			src: absolute(home ? governorateEmbedPath(lang, home) : exploreEmbedPath(lang)),
			title,
			height: EXPLORE_EMBED_HEIGHT,
			pageUrl: absolute(home ? governoratePath(lang, home) : explorePath(lang)),
			sourceLineHtml: sourceLineHtml(
				ids.flatMap((id) => (sources[id] ? [sources[id]] : [])),
				lang
			)
		}),
		width: 640,
		height: EXPLORE_EMBED_HEIGHT
	});
}
