/**
 * Chart state from untrusted input (URL query, story step): every parameter is checked against
 * its allow-list; anything unknown, malformed or missing falls back to that parameter's default.
 * So a hostile URL can only ever select a state the chart declares.
 */
import type { ChartState, StateSpec } from './types';

export type StateInput = URLSearchParams | Readonly<Record<string, string | undefined>>;

const read = (input: StateInput, key: string): string | undefined =>
	input instanceof URLSearchParams ? (input.get(key) ?? undefined) : input[key];

export function parseState(spec: StateSpec, input: StateInput = {}): ChartState {
	const state: ChartState = {};
	for (const [key, param] of Object.entries(spec)) {
		const raw = read(input, key);
		state[key] = raw !== undefined && param.values.includes(raw) ? raw : param.default;
	}
	return state;
}

export const defaultState = (spec: StateSpec): ChartState => parseState(spec, {});

/** Query string for a state, leaving out parameters at their default. */
export function stateQuery(spec: StateSpec, state: ChartState): string {
	const q = new URLSearchParams();
	for (const [key, param] of Object.entries(spec))
		if (state[key] !== undefined && state[key] !== param.default) q.set(key, state[key]!);
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** Every state of a spec, one parameter varied at a time from the default (for galleries and tests). */
export function declaredStates(spec: StateSpec): ChartState[] {
	const base = defaultState(spec);
	const states = [base];
	for (const [key, param] of Object.entries(spec))
		for (const value of param.values)
			if (value !== param.default) states.push({ ...base, [key]: value });
	return states;
}
