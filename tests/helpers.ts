// Shared by the data and stats tests: the real datasets, parsed once per test file.
import { readFileSync } from 'node:fs';
import { parseDatasets, type DatasetName, type Datasets } from '$lib/stats';

export const readReal = (name: DatasetName): string => readFileSync(`data/${name}.csv`, 'utf8');

let real: Datasets | undefined;
export const realData = (): Datasets => (real ??= parseDatasets(readReal));

/**
 * The real datasets with some files replaced by inline CSV: a small synthetic fixture for the
 * dataset under test, while the others (sources, say) stay real so references still resolve.
 */
export const withFixtures = (fixtures: Partial<Record<DatasetName, string>>): Datasets =>
	parseDatasets((name) => fixtures[name] ?? readReal(name));

/** Joins lines into CSV text (keeps fixtures readable in test files). */
export const csv = (...lines: string[]): string => lines.join('\n') + '\n';
