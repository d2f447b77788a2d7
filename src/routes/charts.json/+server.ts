import { json } from '@sveltejs/kit';
import { CHART_IDS, definitionOf } from '$lib/chart-model/registry';
import { embedPath } from '$lib/features/embed/snippets';
import { absolute } from '$lib/features/site/site';
import { LANGS } from '$lib/i18n';
import { chartContext } from '$lib/server/chartPages';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The chart index: every registered chart with its titles, states and where to embed it, for
 * newsroom tools (and this project's browser tests and bench, which read the list from here
 * rather than keep a copy of it).
 */
export const GET: RequestHandler = () => {
	const ctx = chartContext();
	return json(
		CHART_IDS.map((id) => {
			const def = definitionOf(id);
			const spec = ctx.specOf(id);
			return {
				id,
				title: Object.fromEntries(LANGS.map((l) => [l, def.text[l].title])),
				states: Object.fromEntries(
					Object.entries(spec).map(([key, p]) => [key, { values: p.values, default: p.default }])
				),
				embedHeight: def.embedHeight,
				embed: Object.fromEntries(LANGS.map((l) => [l, absolute(embedPath(l, id))])),
				oembed: Object.fromEntries(LANGS.map((l) => [l, absolute(`/oembed/${l}/${id}.json`)]))
			};
		})
	);
};
