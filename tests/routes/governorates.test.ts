import { csvParse } from 'd3-dsv';
import { feature } from 'topojson-client';
import type { GovernorateTopology } from '$lib/stats/governorates';
import { describe, expect, it } from 'vitest';
import { GET as getCsv } from '../../src/routes/data/governorate_month.csv/+server';
import { GET as getTopo } from '../../src/routes/data/iraq-governorates.topo.json/+server';

type CsvEvent = Parameters<typeof getCsv>[0];
type TopoEvent = Parameters<typeof getTopo>[0];

describe('/data/governorate_month.csv', async () => {
	const res = await getCsv({} as CsvEvent);
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
	const rows = csvParse(text.slice(1));

	it('is UTF-8 CSV with a byte-order mark and the declared columns', () => {
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(rows.columns).toEqual([
			'month',
			'governorate_code',
			'governorate_en',
			'governorate_ar',
			'governorate_ckb',
			'ibc_min',
			'ibc_max',
			'sigact',
			'source_ids'
		]);
	});
	it('adds up to the checked totals, with unlocated deaths in their own rows', () => {
		const total = (col: string, keep: (r: (typeof rows)[number]) => boolean = () => true) =>
			rows.filter(keep).reduce((a, r) => a + Number(r[col] || 0), 0);
		expect(total('ibc_min')).toBe(92_926);
		expect(total('ibc_max')).toBe(101_413);
		expect(total('sigact')).toBe(194_978);
		expect(total('ibc_min', (r) => r.governorate_code === 'IQ-BG')).toBe(48_598);
		expect(total('ibc_min', (r) => r.governorate_code === 'unlocated')).toBe(188);
	});
	it('leaves SIGACT blank (not 0) in months its source does not cover', () => {
		const march2003 = rows.filter((r) => r.month === '2003-03');
		expect(march2003.every((r) => r.sigact === '' && r.source_ids === 'S172')).toBe(true);
	});
	it('publishes aggregates only: no incident text', () => {
		expect(text).not.toMatch(/market|hospital|gunfire/i);
		expect(text).toContain('بغداد');
	});
});

describe('/data/iraq-governorates.topo.json', async () => {
	const res = await getTopo({} as TopoEvent);
	const body = await res.text();
	const topo = JSON.parse(body) as GovernorateTopology;
	it('is a TopoJSON topology of 18 governorates, rivers and cities, with its credit', () => {
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(topo.type).toBe('Topology');
		expect(feature(topo, topo.objects.governorates).features).toHaveLength(18);
		expect(Object.keys(topo.objects)).toEqual(['governorates', 'rivers', 'cities']);
		expect(topo.credit).toMatch(/OpenStreetMap contributors/);
	});
	it('is at most 60 KB', () => expect(body.length).toBeLessThanOrEqual(60_000));
});
