/**
 * The kinds of plot body a chart can draw (columns, bars, map…): what an island must load
 * before it can draw the chart in any of its views. A view draws the same kinds whatever its
 * other parameters (a test holds every chart to that), so one plot per view is enough, and
 * cheaper than one per declared state (the invasion map has a state per day).
 */
import type { PlotBody } from './plotSpec';
import { parseState } from './state';
import type { ChartDefinition } from './types';
import type { LocaleSettings } from '$lib/i18n/lang';

export function plotKinds(
	def: ChartDefinition,
	data: unknown,
	locale: LocaleSettings
): Set<PlotBody['kind']> {
	const spec = def.states(data);
	const views = spec.view?.values ?? [undefined];
	const kinds = new Set<PlotBody['kind']>();
	for (const view of views)
		for (const panel of def.plot(data, parseState(spec, { view }), locale).panels)
			kinds.add(panel.body.kind);
	return kinds;
}
