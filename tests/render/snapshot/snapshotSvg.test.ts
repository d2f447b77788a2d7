import { describe, expect, it } from 'vitest';
import { definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import { parseSlug, stateSlug } from '$lib/chart-model/stateSlug';
import { CARD, snapshotSvg } from '$lib/render/snapshot/snapshotSvg';
import { bidi, wrap } from '$lib/render/snapshot/svgText';
import { settingsFor } from '$lib/i18n';
import { chartData } from '../live/render';

const svgFor = (lang: 'ar' | 'en', variant: 'card' | 'download') =>
	snapshotSvg({
		def: definitionOf('us-casualties'),
		data: chartData()['us-casualties'],
		state: { view: 'claim', year: '' },
		locale: settingsFor(lang),
		permalink: 'http://localhost:4173/en/share/us-casualties/?view=claim',
		publishers: { S170: 'Associated Press' },
		variant
	});

describe('standalone SVG snapshots', () => {
	it('a card is 1200×630 and carries title, subtitle, source line and permalink', () => {
		const svg = svgFor('en', 'card');
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD.width}" height="${CARD.height}"`));
		expect(svg).toContain('<title>US military deaths and wounded</title>');
		expect(svg).toContain('S170 Associated Press');
		expect(svg).toContain('http://localhost:4173/en/share/us-casualties/?view=claim');
	});
	it('bars are drawn to scale: the official wounded bar is the text’s 4,500 × the ratio', () => {
		const svg = svgFor('en', 'download');
		const widths = [
			...svg.matchAll(
				/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#(B8006B|5B616B)"/g
			)
		].map((m) => Number(m[1]));
		const [claimKilled, claimWounded, officialWounded] = [widths[0]!, widths[1]!, widths[2]!];
		expect(claimKilled).toBeGreaterThan(0);
		expect(officialWounded / claimWounded).toBeCloseTo(32246 / 4500, 1);
	});
	it('Arabic text is embedded right-to-left and anchored on the right', () => {
		const svg = svgFor('ar', 'card');
		expect(svg).toContain(bidi('وفيات الجيش الأمريكي وجرحاه'));
		expect(svg).toMatch(/text-anchor="end"[^>]*>\u202B/);
		expect(bidi('a <b>')).toBe('a &lt;b&gt;');
	});
	it('wrap keeps lines within the estimate and marks a cut', () => {
		const lines = wrap('one two three four five six seven eight nine ten', 100, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
});

describe('state slugs name declared states only', () => {
	for (const id of ['civilian-toll', 'invasion-map', 'coalition-composition'] as const) {
		it(id, () => {
			const spec = definitionOf(id).states(chartData()[id]);
			for (const s of declaredStates(spec)) expect(parseSlug(spec, stateSlug(spec, s))).toEqual(s);
			expect(parseSlug(spec, 'view.<script>_year.99999')).toEqual(parseSlug(spec, 'default'));
		});
	}
});
