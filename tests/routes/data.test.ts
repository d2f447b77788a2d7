import { describe, expect, it } from 'vitest';
import { csvFormat, csvParse } from 'd3-dsv';
import {
	DATASET_NAMES,
	EDITORS_ONLY_COLUMNS,
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
	it('is lossless but for the editors’ notes: parsing every published file gives back the datasets', async () => {
		// the columns left out, put back blank, so the files parse with the datasets' own schema
		const withBlankNotes = (name: DatasetName, text: string) => {
			const cols = EDITORS_ONLY_COLUMNS[name];
			if (!cols) return text;
			const rows = csvParse(text.replace(/^\uFEFF/, ''));
			expect(
				rows.columns.filter((c) => cols.includes(c)),
				name
			).toEqual([]);
			const blank = Object.fromEntries(cols.map((c) => [c, '']));
			return csvFormat(
				rows.map((r) => ({ ...r, ...blank })),
				[...rows.columns, ...cols]
			);
		};
		const texts = Object.fromEntries(
			await Promise.all(DATASET_NAMES.map(async (n) => [n, withBlankNotes(n, await published(n))]))
		);
		const real = realData();
		const expected = Object.fromEntries(
			DATASET_NAMES.map((n) => {
				const blank = Object.fromEntries((EDITORS_ONLY_COLUMNS[n] ?? []).map((c) => [c, null]));
				return [n, (real[n] as readonly object[]).map((r) => ({ ...r, ...blank }))];
			})
		);
		expect(parseDatasets((n) => texts[n]!)).toEqual(expected);
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
