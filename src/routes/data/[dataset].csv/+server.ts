import { error } from '@sveltejs/kit';
import { loadData } from '$lib/server/data';
import { DATASET_NAMES, publishedColumnNames, toCsv, type DatasetName } from '$lib/stats';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DATASET_NAMES.map((dataset) => ({ dataset }));

const isDataset = (s: string): s is DatasetName => (DATASET_NAMES as readonly string[]).includes(s);

/** The cleaned, validated dataset as published: the parsed rows written back out, without the editors' own notes. */
export const GET: RequestHandler = ({ params }) => {
	if (!isDataset(params.dataset)) error(404, 'No such dataset');
	const { datasets } = loadData();
	const body = toCsv(datasets[params.dataset], publishedColumnNames(params.dataset));
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
