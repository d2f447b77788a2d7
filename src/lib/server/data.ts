/**
 * Reads `data/*.csv` once per build and parses it. `DATA_DIR` points the build (or a test) at
 * another folder, which is how the test suite proves that a malformed file fails the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headlineFigures, parseDatasets, type Datasets, type HeadlineFigures } from '$lib/stats';

const dataDir = () => resolve(process.env.DATA_DIR ?? 'data');

let cached: { datasets: Datasets; figures: HeadlineFigures } | undefined;

/** Raw text of one dataset file. */
export const readDataset = (name: string): string =>
	readFileSync(resolve(dataDir(), `${name}.csv`), 'utf8');

export function loadData(): { datasets: Datasets; figures: HeadlineFigures } {
	if (!cached) {
		const datasets = parseDatasets(readDataset);
		cached = { datasets, figures: headlineFigures(datasets) };
	}
	return cached;
}
