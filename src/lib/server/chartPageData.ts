/** Data for a single-chart page (embed, share): the chart's data, sources and story step. */
import { error } from '@sveltejs/kit';
import { definitionOf, isRegistered, type RegisteredChart } from '$lib/chart-model/registry';
import { parseSlug } from '$lib/chart-model/stateSlug';
import { isLang, type Lang } from '$lib/i18n';
import { chartContext } from './chartPages';
import { sourceRefs } from './sources';

export function chartPageData(lang: string, chart: string, slug = 'default') {
	if (!isLang(lang) || !isRegistered(chart)) error(404, 'No such chart');
	const ctx = chartContext();
	const state = parseSlug(ctx.specOf(chart), slug);
	const data = ctx.charts[chart];
	return {
		lang: lang as Lang,
		chart: chart as RegisteredChart,
		slug,
		initialState: state,
		/** Only this chart's data: the others are not sent to the page. */
		charts: { [chart]: data } as Pick<typeof ctx.charts, RegisteredChart>,
		sources: sourceRefs(ctx.datasets, definitionOf(chart).sourceIds(data)),
		step: ctx.stepFor(chart, state, lang as Lang)
	};
}
