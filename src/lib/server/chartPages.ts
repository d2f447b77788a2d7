/**
 * What the chart pages (embed, share, oEmbed, cards) need to know about each chart: its data,
 * the states the story links to, and the story step that shows a state.
 */
import { definitionOf, REGISTERED, type RegisteredChart } from '$lib/chart-model/registry';
import { parseState } from '$lib/chart-model/state';
import { stateSlug } from '$lib/chart-model/stateSlug';
import type { ChartState } from '$lib/chart-model/types';
import { LANGS, type Lang } from '$lib/i18n';
import { selectAll } from './chartData';
import { loadData } from './data';
import { loadStories } from './story';

let cached: ReturnType<typeof buildContext> | undefined;
/** Built once per build: every page and endpoint that asks shares the same selectors' output. */
export const chartContext = () => (cached ??= buildContext());

function buildContext() {
	const { datasets } = loadData();
	const charts = selectAll(datasets);
	const stories = loadStories(datasets, charts);
	const specOf = (id: RegisteredChart) => definitionOf(id).states(charts[id]);
	/** The story's states for a chart, as slugs (the default state first). */
	const storySlugs = (id: RegisteredChart): string[] => [
		...new Set([
			'default',
			...stories.en.steps
				.filter((s) => s.chart === id)
				.map((s) => stateSlug(specOf(id), parseState(specOf(id), s.state)))
		])
	];
	/** The first story step showing a chart in a state (or just the chart). */
	const stepFor = (id: RegisteredChart, state: ChartState, lang: Lang): number | null => {
		const spec = specOf(id);
		const steps = stories[lang].steps.filter((s) => s.chart === id);
		const exact = steps.find(
			(s) => stateSlug(spec, parseState(spec, s.state)) === stateSlug(spec, state)
		);
		return (exact ?? steps[0])?.n ?? null;
	};
	return { datasets, charts, specOf, storySlugs, stepFor };
}

/** Every (lang, chart) pair, for prerender entries. */
export const langCharts = () =>
	LANGS.flatMap((lang) => REGISTERED.map((chart) => ({ lang, chart })));

/** Prerender entries for every state the story links to, beyond each chart's default. */
export function storyStateEntries() {
	const ctx = chartContext();
	return langCharts().flatMap(({ lang, chart }) =>
		ctx
			.storySlugs(chart)
			.filter((s) => s !== 'default')
			.map((state) => ({ lang, chart, state }))
	);
}
