import { describe, expect, it } from 'vitest';
import {
	DATASET_NAMES,
	headlineFigures,
	parseDatasets,
	summaryJson,
	type DatasetName
} from '$lib/stats';
import { GET as getCsv } from '../../src/routes/data/[dataset].csv/+server';
import { GET as getSummary } from '../../src/routes/data/summary.json/+server';
import { realData } from '../helpers';

type CsvEvent = Parameters<typeof getCsv>[0];
type SummaryEvent = Parameters<typeof getSummary>[0];

/** The published bytes, decoded without dropping the byte-order mark. */
async function published(name: DatasetName): Promise<string> {
	const res = await getCsv({ params: { dataset: name } } as CsvEvent);
	expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

describe('/data/<dataset>.csv', () => {
	it('starts with a UTF-8 byte-order mark and keeps the source column', async () => {
		for (const name of DATASET_NAMES) {
			const text = await published(name);
			expect(text.charCodeAt(0), name).toBe(0xfeff);
			const header = text.slice(1).split('\n')[0]!;
			expect(header, name).toMatch(name === 'sources' ? /^id,/ : /source_ids?/);
		}
	});
	it('is lossless: parsing every published file gives back exactly the datasets', async () => {
		const texts = Object.fromEntries(
			await Promise.all(DATASET_NAMES.map(async (n) => [n, await published(n)]))
		);
		expect(parseDatasets((n) => texts[n]!)).toEqual(realData());
		expect(Object.keys(texts)).toEqual([...DATASET_NAMES]);
	});
	it('keeps Arabic text intact', async () => {
		expect(await published('claims')).toContain('نحو 4500 جريح');
	});
});

describe('/data/summary.json', () => {
	it('equals what the module computes from data/', async () => {
		const res = await getSummary({} as SummaryEvent);
		expect(await res.json()).toEqual(summaryJson(headlineFigures(realData())));
	});
});
