/**
 * Chart definitions for the browser, one chunk each: an island loads the definition of the
 * chart it shows, not all of them (the registry imports every definition, which the story's
 * first chart does not need). Files are found by name, as the server finds selectors:
 * `definitions/coalitionDeaths.ts` holds the chart `coalition-deaths`.
 */
import type { ChartDefinition } from '$lib/chart-model/types';

const MODULES = import.meta.glob<Record<string, unknown>>([
	'$lib/chart-model/definitions/*.ts',
	'!$lib/chart-model/definitions/*.select.ts'
]);

/** `coalitionDeaths` → `coalition-deaths`. */
const idOfFile = (path: string) =>
	path.replace(/^.*\/|\.ts$/g, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const LOADERS = new Map(Object.entries(MODULES).map(([path, load]) => [idOfFile(path), load]));

const isDefinition = (v: unknown, id: string): v is ChartDefinition =>
	typeof v === 'object' && v !== null && (v as { id?: unknown }).id === id && 'plot' in v;

/** Whether the browser can load a definition for `id`. */
export const hasDefinition = (id: string): boolean => LOADERS.has(id);

/** The definition of chart `id`, loaded once (module imports are cached by the browser). */
export async function loadDefinition(id: string): Promise<ChartDefinition> {
	const load = LOADERS.get(id);
	if (!load) throw new Error(`no chart definition file for "${id}"`);
	const found = Object.values(await load()).find((v) => isDefinition(v, id));
	if (!found) throw new Error(`definitions file for "${id}" exports no chart with that id`);
	return found;
}
