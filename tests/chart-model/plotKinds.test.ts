import { LANGS } from '$lib/i18n/lang';
import { describe, expect, it } from 'vitest';
import { plotKinds } from '$lib/chart-model/plotKinds';
import { CHART_IDS, definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import { settingsFor } from '$lib/i18n';
import { chartData } from '../render/live/render';

describe('plotKinds: the layouts an island loads before drawing a chart', () => {
	for (const id of CHART_IDS) {
		it(`${id}: covers every layout of every declared state, in both languages`, () => {
			const def = definitionOf(id);
			const data = chartData()[id];
			for (const lang of LANGS) {
				const locale = settingsFor(lang);
				const kinds = plotKinds(def, data, locale);
				expect(kinds.size).toBeGreaterThan(0);
				for (const state of declaredStates(def.states(data)))
					for (const panel of def.plot(data, state, locale).panels)
						expect([...kinds], `${id} ${JSON.stringify(state)}`).toContain(panel.body.kind);
			}
		});
	}

	it('names the kinds the coalition-composition views really draw', () => {
		const def = definitionOf('coalition-composition');
		const kinds = plotKinds(def, chartData()['coalition-composition'], settingsFor('en'));
		expect(kinds.size).toBeGreaterThan(1);
	});
});
