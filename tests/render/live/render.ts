// Server-side renders of the chart library, parsed into a DOM for geometry assertions.
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import Chart from '$lib/features/chart/Chart.svelte';
import { definitionOf, type ChartDataMap, type RegisteredChart } from '$lib/chart-model/registry';
import type { ChartState } from '$lib/chart-model/types';
import { ALL_LAYOUTS } from '$lib/render/live/layouts/all';
import { layoutsContext } from '$lib/render/live/layouts/context';
import { selectAll } from '$lib/server/chartData';
import { settingsFor, type Lang } from '$lib/i18n';
import { realData } from '../../helpers';

let charts: ChartDataMap | undefined;
export const chartData = (): ChartDataMap => (charts ??= selectAll(realData()));

/** The chart as the prerendered page has it, before any JavaScript. */
export function renderChart(
	id: RegisteredChart,
	lang: Lang,
	chartState: ChartState = {}
): Document {
	const { body } = render(Chart, {
		props: {
			def: definitionOf(id),
			data: chartData()[id],
			chartState,
			locale: settingsFor(lang),
			sources: {}
		},
		context: layoutsContext(ALL_LAYOUTS)
	});
	return new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
}

export const num = (el: Element, attr: string): number => Number(el.getAttribute(attr));

/** Rects of a mark by their data-key. */
export function rectsByKey(doc: Document, selector: string): Map<string, Element> {
	return new Map([...doc.querySelectorAll(selector)].map((r) => [r.getAttribute('data-key')!, r]));
}
