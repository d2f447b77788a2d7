import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/chart-model/registry';
import { chartPayload } from '$lib/server/chartPayload';
import { GET } from '../../src/routes/data/charts/[chart].json/+server';

describe('/data/charts/<id>.json: what a chart island hydrates with', () => {
	it('survives JSON unchanged, so the island gets the very props the server rendered', () => {
		for (const id of CHART_IDS) {
			const payload = chartPayload(id);
			expect(JSON.parse(JSON.stringify(payload)), id).toEqual(payload);
		}
	});
	it('is published for every registered chart, with the sources each cites', async () => {
		for (const id of CHART_IDS) {
			const res = await GET({ params: { chart: id } } as Parameters<typeof GET>[0]);
			const body = await res.json();
			expect(Object.keys(body.sources).length, id).toBeGreaterThan(0);
		}
	});
});
