import { describe, expect, it } from 'vitest';
import { CHART_IDS, definitionOf } from '$lib/chart-model/registry';
import { hasDefinition, loadDefinition } from '$lib/features/islands/definitions';

describe('chart definitions loaded one by one (islands)', () => {
	it('finds every registered chart by its file name and loads the registry’s definition', async () => {
		for (const id of CHART_IDS) {
			expect(hasDefinition(id), id).toBe(true);
			expect(await loadDefinition(id)).toBe(definitionOf(id));
		}
	});

	it('knows no chart the registry does not have, and says so when asked for one', async () => {
		expect(hasDefinition('no-such-chart')).toBe(false);
		// selector files are not definitions
		expect(hasDefinition('coalition-deaths.select')).toBe(false);
		await expect(loadDefinition('no-such-chart')).rejects.toThrow('no-such-chart');
	});
});
