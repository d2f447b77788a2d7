import { describe, expect, it } from 'vitest';
import {
	defaultState,
	exploreQuery,
	parseExploreState,
	withChange
} from '$lib/chart-model/explore/state';
import type { MonthKey } from '$lib/stats';
import { MONTHS } from './fixture';

const m = (s: string) => s as MonthKey;

const parse = (q: string) => parseExploreState(new URLSearchParams(q), MONTHS);

describe('parseExploreState: the URL, by allow-list', () => {
	const cases: { name: string; query: string; expected: object }[] = [
		{ name: 'empty: the default view', query: '', expected: defaultState(MONTHS) },
		{
			name: 'every parameter valid',
			query: 'measure=sigact&per=100k&from=2004-02&to=2004-03&gov=IQ-AN,IQ-BG&by=month',
			expected: {
				measure: 'sigact',
				per: '100k',
				from: m('2004-02'),
				to: m('2004-03'),
				gov: ['IQ-BG', 'IQ-AN'],
				by: 'month'
			}
		},
		{
			name: 'a reversed range is put in order',
			query: 'from=2004-03&to=2004-01',
			expected: { from: m('2004-01'), to: m('2004-03') }
		},
		{
			name: 'hostile values fall back to the defaults',
			query: 'measure=<script>&per=9&from=1999-01&to=2004-13&by=day',
			expected: defaultState(MONTHS)
		},
		{
			name: 'unknown governorate codes are dropped, repeats collapse',
			query: 'gov=IQ-XX,IQ-BG,IQ-BG,"><img>',
			expected: { gov: ['IQ-BG'] }
		}
	];
	for (const c of cases)
		it(c.name, () => {
			expect(parse(c.query)).toMatchObject(c.expected);
		});
});

describe('exploreQuery: every parameter written out', () => {
	it('writes the defaults too, so a link keeps its view if the defaults change', () => {
		expect(exploreQuery(defaultState(MONTHS))).toBe(
			'?measure=ibc&per=count&from=2004-01&to=2004-03&gov=&by=year'
		);
	});
	it('round-trips through the parser', () => {
		const s = parse('measure=sigact&per=100k&from=2004-02&to=2004-03&gov=IQ-BG,IQ-AN&by=month');
		expect(parse(exploreQuery(s).slice(1))).toEqual(s);
	});
	it('withChange keeps the range sorted when one end passes the other', () => {
		const s = withChange(defaultState(MONTHS), { from: m('2004-03'), to: m('2004-02') }, MONTHS);
		expect([s.from, s.to]).toEqual(['2004-02', '2004-03']);
	});
});

describe('a governorate page’s default selection', () => {
	it('a URL without gov keeps the page’s governorate; an empty gov clears it', () => {
		const on = (q: string) => parseExploreState(new URLSearchParams(q), MONTHS, ['IQ-DI']);
		expect(on('').gov).toEqual(['IQ-DI']);
		expect(on('measure=sigact').gov).toEqual(['IQ-DI']);
		expect(on('gov=').gov).toEqual([]);
		expect(on('gov=IQ-AN,IQ-XX').gov).toEqual(['IQ-AN']);
		expect(defaultState(MONTHS, ['IQ-DI']).gov).toEqual(['IQ-DI']);
	});
});
