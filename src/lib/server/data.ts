/**
 * Reads `data/*.csv` once per build and parses it. `DATA_DIR` points the build (or a test) at
 * another folder, which is how the test suite proves that a malformed file fails the build.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { headlineFigures, parseDatasets, type Datasets, type HeadlineFigures } from '$lib/stats';

const dataDir = () => resolve(process.env.DATA_DIR ?? 'data');

let cached: { datasets: Datasets; figures: HeadlineFigures } | undefined;

/** Raw text of one dataset file. */
const fileOf = (name: string) => resolve(dataDir(), `${name}.csv`);

export const readDataset = (name: string): string => readFileSync(fileOf(name), 'utf8');

export function loadData(): { datasets: Datasets; figures: HeadlineFigures } {
	if (!cached) {
		const datasets = parseDatasets(readDataset, (name) => relative(process.cwd(), fileOf(name)));
		cached = { datasets, figures: headlineFigures(datasets) };
	}
	return cached;
}
