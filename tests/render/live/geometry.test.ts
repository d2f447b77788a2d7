import { describe, expect, it } from 'vitest';
import { usByYear } from '$lib/stats';
import { type Lang } from '$lib/i18n';
import { realData } from '../../helpers';
import { chartData, num, rectsByKey, renderChart } from './render';

import { LANGS } from '$lib/i18n/lang';

describe('columns are drawn to scale from the data', () => {
	for (const lang of LANGS) {
		it(`US deaths by year: every column's height is proportional to its value (${lang})`, () => {
			const doc = renderChart('coalition-deaths', lang, { view: 'us-yearly' });
			const rects = rectsByKey(doc, 'rect.column');
			const years = usByYear(realData());
			expect(rects.size).toBe(years.length);
			const unit = num(rects.get('2007')!, 'height') / 904;
			for (const y of years) {
				const r = rects.get(String(y.year))!;
				expect(num(r, 'data-value')).toBe(y.deaths);
				expect(num(r, 'height')).toBeCloseTo(y.deaths * unit, 2);
				// columns stand on the zero line
				expect(num(r, 'y') + num(r, 'height')).toBeCloseTo(100, 2);
			}
		});
	}

	it('civilian deaths by month: the tallest column is March 2003, the peak month', () => {
		const doc = renderChart('civilian-toll', 'en');
		const rects = [...doc.querySelectorAll('rect.column')];
		expect(rects).toHaveLength(132);
		const tallest = rects.reduce((a, b) => (num(b, 'height') > num(a, 'height') ? b : a));
		expect(tallest.getAttribute('data-key')).toBe('2003-03');
	});
});

describe('stacked totals equal the module’s totals', () => {
	it('dated tallies: US + UK + other segments add up to each tally', () => {
		const doc = renderChart('coalition-deaths', 'en', { view: 'tallies' });
		for (const t of chartData()['coalition-deaths'].tallies) {
			const segs = [...doc.querySelectorAll(`rect.segment[data-band="${t.date}"]`)];
			expect(segs.map((s) => s.getAttribute('data-series'))).toEqual(['us', 'uk', 'other']);
			const total = segs.reduce((a, s) => a + num(s, 'data-value'), 0);
			expect(total).toBe(t.us + t.uk + t.other);
			if (t.statedTotal !== null) expect(total).toBe(t.statedTotal);
			// the stack's rendered height is the total's height on the same scale
			const height = segs.reduce((a, s) => a + num(s, 'height'), 0);
			const top = Math.min(...segs.map((s) => num(s, 'y')));
			expect(top + height).toBeCloseTo(100, 1);
		}
	});
	it('troops by month: US + other = all international troops', () => {
		const doc = renderChart('coalition-composition', 'en', { view: 'troops' });
		for (const m of chartData()['coalition-composition'].troops) {
			const segs = [...doc.querySelectorAll(`rect.segment[data-band="${m.month}"]`)];
			expect(segs.reduce((a, s) => a + num(s, 'data-value'), 0)).toBe(m.total);
		}
	});
});

describe('direction: time runs left to right in both editions; categories mirror in Arabic', () => {
	for (const lang of LANGS) {
		it(`the earliest month is left of the latest (${lang})`, () => {
			const doc = renderChart('coalition-deaths', lang);
			const rects = rectsByKey(doc, 'rect.column');
			expect(num(rects.get('2003-03')!, 'x')).toBeLessThan(num(rects.get('2011-12')!, 'x'));
			const ticks = [...doc.querySelectorAll('.time-axis [data-tick]')];
			expect(ticks[0]!.getAttribute('data-tick')).toBe('2003-03');
		});
	}
	it('ranked bars start at the left in English and at the right in Arabic', () => {
		const en = rectsByKey(renderChart('coalition-deaths', 'en', { view: 'countries' }), 'rect.bar');
		const ar = rectsByKey(renderChart('coalition-deaths', 'ar', { view: 'countries' }), 'rect.bar');
		const us = (m: Map<string, Element>) => m.get('united-states')!;
		expect(num(us(en), 'x')).toBeCloseTo(0, 3);
		expect(num(us(ar), 'x') + num(us(ar), 'width')).toBeCloseTo(100, 3);
		expect(num(us(en), 'width')).toBeCloseTo(num(us(ar), 'width'), 3);
		// the UK bar is to scale with the US bar
		expect(num(en.get('united-kingdom')!, 'width') / num(us(en), 'width')).toBeCloseTo(
			179 / 4486,
			4
		);
	});
	it('the value axis sits left in English and right in Arabic', () => {
		const side = (lang: Lang) =>
			renderChart('civilian-toll', lang)
				.querySelector('.value-axis .label')!
				.classList.contains('right');
		expect(side('en')).toBe(false);
		expect(side('ar')).toBe(true);
	});
});

/** Point-in-polygon (ray casting) over the rings of an SVG path made of M/L/Z commands. */
function insidePath(d: string, x: number, y: number): boolean {
	const rings = d
		.split('M')
		.filter(Boolean)
		.map((ring) =>
			ring
				.replace(/Z/g, '')
				.split('L')
				.map((p) => p.split(',').map(Number) as [number, number])
		);
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	return inside;
}

describe('the invasion map', () => {
	const data = chartData()['invasion-map'];
	it('places Baghdad (Firdos Square) inside Iraq’s outline, as drawn', () => {
		const doc = renderChart('invasion-map', 'en');
		const iraq = doc.querySelector('path[data-country="iraq"]')!.getAttribute('d')!;
		const firdos = doc.querySelector('[data-event="firdos-square"]') as HTMLElement;
		const x = parseFloat(firdos.style.left);
		const y = parseFloat(firdos.style.top);
		expect(insidePath(iraq, x, y)).toBe(true);
		expect(insidePath(iraq, 99, 99)).toBe(false);
	});
	it('every mapped event lies inside Iraq (a wrong coordinate would fall outside)', () => {
		for (const e of data.events) {
			expect(e.insideIraq, e.id).toBe(true);
			expect(insidePath(data.iraq, e.x, e.y), e.id).toBe(true);
		}
	});
	it('Basra is south-east of Baghdad and Kirkuk north of it', () => {
		const at = (id: string) => data.events.find((e) => e.id === id)!;
		expect(at('basra-begins').y).toBeGreaterThan(at('firdos-square').y);
		expect(at('basra-begins').x).toBeGreaterThan(at('firdos-square').x);
		expect(at('kirkuk').y).toBeLessThan(at('firdos-square').y);
	});
	it('a date shows only the events up to that day', () => {
		const doc = renderChart('invasion-map', 'en', { date: '2003-03-26' });
		const shown = [...doc.querySelectorAll('[data-event]')].map((e) =>
			e.getAttribute('data-date')!
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((d) => d <= '2003-03-26')).toBe(true);
		expect(doc.querySelector('.event.today')!.getAttribute('data-event')).toBe('bashur');
	});
});
