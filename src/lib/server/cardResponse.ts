/** Builds a social card response for a chart, language and state slug (prerendered). */
import { error } from '@sveltejs/kit';
import { definitionOf, isRegistered } from '$lib/chart-model/registry';
import { parseSlug, stateSlug } from '$lib/chart-model/stateSlug';
import { absolute } from '$lib/features/site/site';
import { snapshotSvg } from '$lib/render/snapshot/snapshotSvg';
import { isLang, settingsFor } from '$lib/i18n';
import { renderPng } from './cards';
import { chartContext, langCharts } from './chartPages';

let total: number | undefined;
const cardCount = () => {
	const ctx = chartContext();
	return (total ??= langCharts().reduce((a, { chart }) => a + ctx.storySlugs(chart).length, 0));
};

export function cardResponse(lang: string, chart: string, slug: string): Response {
	if (!isLang(lang) || !isRegistered(chart)) error(404, 'No such chart');
	const ctx = chartContext();
	const spec = ctx.specOf(chart);
	const state = parseSlug(spec, slug);
	if (stateSlug(spec, state) !== slug) error(404, 'No such state');
	const step = ctx.stepFor(chart, state, lang);
	const svg = snapshotSvg({
		def: definitionOf(chart),
		data: ctx.charts[chart],
		state,
		locale: settingsFor(lang),
		permalink: absolute(step ? `/${lang}/#step-${step}` : `/${lang}/share/${chart}/`),
		publishers: Object.fromEntries(
			ctx.datasets.sources.map((s) => [s.id, s.publisher.split(/[(/]/)[0]!.trim()])
		),
		variant: 'card'
	});
	const png = renderPng(svg, `${lang}/${chart}/${slug}`, cardCount());
	return new Response(png as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
}
