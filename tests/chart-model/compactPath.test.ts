import { describe, expect, it } from 'vitest';
import { compactPath } from '$lib/chart-model/compactPath';
import { chartData } from '../render/live/render';

describe('compactPath', () => {
	it('drops a line to the point it is already at, and keeps every other command', () => {
		expect(compactPath('M1,2L1,2L3.5,4L3.5,4L5,6ZM1,2L1,2Z')).toBe('M1,2L3.5,4L5,6ZM1,2Z');
	});
	it('leaves what d3-geo does not write as it is', () => {
		expect(compactPath('M1,2C3,4,5,6,7,8')).toBe('M1,2C3,4,5,6,7,8');
	});
	it('the invasion map has no repeated points and stays light enough to inline in the story', () => {
		const d = chartData()['invasion-map'];
		const all = [d.iraq, ...d.neighbours.map((n) => n.d), ...d.rivers.map((r) => r.d)].join('');
		expect(all).not.toMatch(/L([\d.]+,[\d.]+)L\1(?![\d.])/);
		expect(all.length).toBeLessThan(10_000);
		expect(d.rivers.map((r) => r.river).sort()).toEqual(['euphrates', 'tigris']);
	});
});
