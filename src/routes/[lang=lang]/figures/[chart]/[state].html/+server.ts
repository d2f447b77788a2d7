import { error } from '@sveltejs/kit';
import { isRegistered } from '$lib/chart-model/registry';
import { figureEntries, stickyFigureHtml } from '$lib/server/stickyFigure';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The story's sticky chart in each state the story shows (fetched as the reader scrolls). */
export const entries: EntryGenerator = figureEntries;

export const GET: RequestHandler = ({ params }) => {
	if (!isRegistered(params.chart)) error(404, `no chart "${params.chart}"`);
	return new Response(stickyFigureHtml(params.lang as Lang, params.chart, params.state), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
};
