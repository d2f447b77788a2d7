import { LANGS } from '$lib/i18n/lang';
import { describe, expect, it } from 'vitest';
import { definitionOf, REGISTERED } from '$lib/chart-model/registry';
import { declaredStates, defaultState, parseState, stateQuery } from '$lib/chart-model/state';
import { chartData, renderChart } from '../render/live/render';

const specOf = (id: (typeof REGISTERED)[number]) => definitionOf(id).states(chartData()[id]);
const renderedState = (doc: Document) =>
	JSON.parse(doc.querySelector('figure.chart')!.getAttribute('data-state')!) as Record<
		string,
		string
	>;

describe('every declared state renders', () => {
	for (const id of REGISTERED) {
		it(id, () => {
			const states = declaredStates(specOf(id));
			expect(states.length).toBeGreaterThan(1);
			for (const s of states)
				for (const lang of LANGS) {
					const doc = renderChart(id, lang, s);
					expect(renderedState(doc)).toEqual(s);
					expect(doc.querySelector('svg')).not.toBeNull();
					expect(doc.querySelector('.summary')!.textContent!.length).toBeGreaterThan(20);
				}
		});
	}
});

describe('an unknown or hostile state falls back to the default', () => {
	const HOSTILE: Record<string, string>[] = [
		{ view: '<script>alert(1)</script>' },
		{ view: 'countries"><img src=x onerror=alert(1)>' },
		{ year: '99999999999999999999' },
		{ year: '-1' },
		{ date: '2003-13-45' },
		{ group: 'constructor' },
		{ snapshot: '__proto__' },
		{ unknown: 'x' }
	];
	for (const id of REGISTERED) {
		it(id, () => {
			const spec = specOf(id);
			const fallback = defaultState(spec);
			for (const input of HOSTILE) {
				expect(parseState(spec, input)).toEqual(fallback);
				const doc = renderChart(id, 'en', input);
				expect(renderedState(doc)).toEqual(fallback);
				expect(doc.querySelector('script, img')).toBeNull();
				expect(doc.body.innerHTML).not.toContain('alert(1)');
			}
		});
	}
	it('reads a URL query and keeps valid parameters while dropping bad ones', () => {
		const spec = specOf('coalition-deaths');
		const s = parseState(spec, new URLSearchParams('view=us-yearly&year=2031'));
		expect(s).toEqual({ view: 'us-yearly', year: '' });
	});
	it('a state round-trips through its query string', () => {
		for (const id of REGISTERED) {
			const spec = specOf(id);
			for (const s of declaredStates(spec))
				expect(parseState(spec, new URLSearchParams(stateQuery(spec, s)))).toEqual(s);
		}
	});
});
