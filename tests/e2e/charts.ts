/**
 * The registered chart ids, read from the built chart index (`/charts.json`), so the browser
 * tests have no second copy of the registry to keep in step.
 */
import { readFileSync } from 'node:fs';

interface ChartIndexEntry {
	id: string;
	states: Record<string, { values: string[]; default: string }>;
}

export const CHART_INDEX: readonly ChartIndexEntry[] = JSON.parse(
	readFileSync('build/charts.json', 'utf8')
);
export const CHART_IDS: readonly string[] = CHART_INDEX.map((c) => c.id);
