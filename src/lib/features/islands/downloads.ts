/**
 * What a chart's downloads need on a page whose charts are server HTML (the story, the gallery
 * before a chart wakes): the chart's definition and data, loaded when a reader first asks, and
 * the state its figure shows (`data-state`).
 */
import { parseState } from '$lib/chart-model/state';
import { publisherNames, type ResolveDownload } from '$lib/features/chart/chartActions';
import type { LocaleSettings } from '$lib/i18n/lang';
import { loadDefinition } from './definitions';
import { loadChart } from './islands';

export const downloadFromPage =
	(locale: LocaleSettings): ResolveDownload =>
	async (actions) => {
		const id = actions.dataset.actions ?? '';
		const [def, { data, sources }] = await Promise.all([loadDefinition(id), loadChart(id)]);
		const figure = actions.closest<HTMLElement>('figure.chart');
		return {
			def,
			data,
			state: parseState(def.states(data), JSON.parse(figure?.dataset.state ?? '{}')),
			locale,
			permalink: actions.dataset.permalink ?? '',
			publishers: publisherNames(sources)
		};
	};
