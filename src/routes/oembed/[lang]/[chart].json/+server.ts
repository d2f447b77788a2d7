import { CARD } from '$lib/chart-model/tokens';
import { error, json } from '@sveltejs/kit';
import { definitionOf, isRegistered } from '$lib/chart-model/registry';
import { embedPath, oembedHtml } from '$lib/features/embed/snippets';
import { sourceLineHtml } from '$lib/features/embed/sourceLine';
import { langCharts } from '$lib/server/chartPages';
import { chartPageData } from '$lib/server/chartPageData';
import { absolute, SITE_NAME, SITE_ORIGIN } from '$lib/features/site/site';
import { isLang } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';
import { cardPath, statePagePath } from '$lib/features/share/paths';

export const prerender = true;
export const entries: EntryGenerator = () => langCharts();

/** oEmbed 1.0, type "rich": https://oembed.com/#section2.3 */
export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang) || !isRegistered(params.chart)) error(404, 'No such chart');
	const def = definitionOf(params.chart);
	const title = def.text[params.lang].title;
	const height = def.embedHeight;
	const { sources } = chartPageData(params.lang, params.chart);
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME[params.lang],
		provider_url: `${SITE_ORIGIN}/`,
		html: oembedHtml({
			lang: params.lang,
			src: absolute(embedPath(params.lang, params.chart)),
			title,
			height,
			pageUrl: absolute(statePagePath(params.lang, params.chart)),
			sourceLineHtml: sourceLineHtml(Object.values(sources), params.lang)
		}),
		width: 640,
		height,
		thumbnail_url: absolute(cardPath(params.lang, params.chart)),
		thumbnail_width: CARD.width,
		thumbnail_height: CARD.height
	});
};
