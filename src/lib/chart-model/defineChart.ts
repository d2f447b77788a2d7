/**
 * Turns a chart's declaration (views by id) into the definition every page reads. The view a
 * state names is looked up once here, so no definition branches on `state.view`.
 */
import { EDITION_LANGS } from '$lib/i18n';
import { catalogWords, chartTextOf, viewNameOf, type WordsOf } from './chartText';
import type { ChartDeclaration, ChartDefinition, ChartState, ChartView, StateSpec } from './types';

export function defineChart<D, const Id extends string, V extends string>(
	decl: ChartDeclaration<D, Id, V>,
	words: WordsOf = catalogWords
): ChartDefinition<D, Id> {
	const views: [V, ChartView<D>][] = Object.entries<ChartView<D>>(decl.views).map(([id, view]) => [
		id as V,
		view
	]);
	if (views.length === 0) throw new Error(`chart ${decl.id}: declares no view`);
	// Every edition's words are read now, so a message missing from a catalog fails the build.
	const text = Object.fromEntries(EDITION_LANGS.map((l) => [l, chartTextOf(decl.id, l, words)]));
	for (const [v] of views) for (const l of EDITION_LANGS) viewNameOf(decl.id, v, l, words);
	const byId = new Map<string, ChartView<D>>(views);
	const viewOf = (state: ChartState): ChartView<D> => byId.get(state.view ?? '') ?? views[0]![1];
	const viewSpec: StateSpec =
		views.length > 1
			? {
					view: {
						values: views.map(([id]) => id),
						default: views[0]![0],
						label: (v, lang) => (byId.has(v) ? viewNameOf(decl.id, v, lang, words) : v)
					}
				}
			: {};
	return {
		id: decl.id,
		text: text as ChartDefinition<D, Id>['text'],
		embedHeight: decl.embedHeight,
		sourceIds: (data) => decl.sourceIds(data),
		states: (data) => ({ ...viewSpec, ...decl.params?.(data) }),
		summary: (data, state, locale) => viewOf(state).summary(data, state, locale),
		plot: (data, state, locale) => viewOf(state).plot(data, state, locale),
		table: (data, state, locale) => viewOf(state).table(data, state, locale)
	};
}
