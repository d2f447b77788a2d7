/**
 * Turns a chart's declaration (views by id) into the definition every page reads. The view a
 * state names is looked up once here, so no definition branches on `state.view`.
 */
import { pick } from '$lib/i18n';
import type { ChartDeclaration, ChartDefinition, ChartState, ChartView, StateSpec } from './types';

export function defineChart<D, const Id extends string, V extends string>(
	decl: ChartDeclaration<D, Id, V>
): ChartDefinition<D, Id> {
	const views: [V, ChartView<D>][] = Object.entries<ChartView<D>>(decl.views).map(([id, view]) => [
		id as V,
		view
	]);
	if (views.length === 0) throw new Error(`chart ${decl.id}: declares no view`);
	const byId = new Map<string, ChartView<D>>(views);
	const viewOf = (state: ChartState): ChartView<D> => byId.get(state.view ?? '') ?? views[0]![1];
	const viewSpec: StateSpec =
		views.length > 1
			? {
					view: {
						values: views.map(([id]) => id),
						default: views[0]![0],
						label: (v, lang) => {
							const label = byId.get(v)?.label;
							return label ? pick(lang, label[0], label[1]) : v;
						}
					}
				}
			: {};
	return {
		id: decl.id,
		text: decl.text,
		embedHeight: decl.embedHeight,
		sourceIds: (data) => decl.sourceIds(data),
		states: (data) => ({ ...viewSpec, ...decl.params?.(data) }),
		summary: (data, state, locale) => viewOf(state).summary(data, state, locale),
		plot: (data, state, locale) => viewOf(state).plot(data, state, locale),
		table: (data, state, locale) => viewOf(state).table(data, state, locale)
	};
}
