/**
 * A chart state as a path segment, for prerendered per-state files (social cards, share pages):
 * the non-default parameters as `key.value`, joined by `_`; `default` for the default state.
 * Parsing goes through `parseState`, so a slug can only ever name a declared state.
 */
import { parseState } from './state';
import type { ChartState, StateSpec } from './types';

export function stateSlug(spec: StateSpec, state: ChartState): string {
	for (const [key, param] of Object.entries(spec))
		for (const v of param.values)
			if (v.includes('_'))
				throw new Error(`state ${key}="${v}": a state value cannot contain "_" (slugs join on it)`);
	const parts = Object.entries(spec)
		.filter(([key, param]) => state[key] !== undefined && state[key] !== param.default)
		.map(([key]) => `${key}.${state[key]}`);
	return parts.length > 0 ? parts.join('_') : 'default';
}

export function parseSlug(spec: StateSpec, slug: string): ChartState {
	const input: Record<string, string> = {};
	if (slug !== 'default')
		for (const part of slug.split('_')) {
			const i = part.indexOf('.');
			if (i > 0) input[part.slice(0, i)] = part.slice(i + 1);
		}
	return parseState(spec, input);
}
