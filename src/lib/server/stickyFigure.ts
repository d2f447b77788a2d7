/**
 * The story's sticky chart as server HTML, one file per chart state the story shows
 * (`/<lang>/figures/<chart>/<state>.html`): the story page draws its first step's figure, and
 * its script fetches the next ones as the reader scrolls. No chart code runs in the reader's
 * browser to draw them, so scrolling never waits on a framework (issue 14).
 */
import { render } from 'svelte/server';
import { definitionOf, type RegisteredChart } from '$lib/chart-model/registry';
import { parseSlug } from '$lib/chart-model/stateSlug';
import type { ChartState } from '$lib/chart-model/types';
import StickyChart from '$lib/features/story/StickyChart.svelte';
import { settingsFor, type Lang } from '$lib/i18n';
import { ALL_LAYOUTS } from '$lib/render/live/layouts/all';
import { layoutsContext } from '$lib/render/live/layouts/context';
import { chartPayload } from './chartPayload';
import { chartContext, langCharts } from './chartPages';

/**
 * What the sticky chart is drawn with, for the story page (its first step) and the figure files
 * alike; the definition is looked up by `id` where it is drawn (it does not travel as data).
 */
export function stickyData(lang: Lang, chart: RegisteredChart, state: ChartState) {
	const { data, sources } = chartPayload(chart);
	return { id: chart, data, chartState: state, locale: settingsFor(lang), sources };
}

/** The figure for a chart in the state its slug names, as an HTML fragment. */
export function stickyFigureHtml(lang: Lang, chart: RegisteredChart, slug: string): string {
	const state = parseSlug(chartContext().specOf(chart), slug);
	const { id, ...props } = stickyData(lang, chart, state);
	const { body } = render(StickyChart, {
		props: { def: definitionOf(id), ...props },
		context: layoutsContext(ALL_LAYOUTS)
	});
	return body;
}

/** Prerender entries: every state of every chart the story shows, in both editions. */
export const figureEntries = () => {
	const ctx = chartContext();
	return langCharts().flatMap(({ lang, chart }) =>
		ctx.storySlugs(chart).map((state) => ({ lang, chart, state }))
	);
};
