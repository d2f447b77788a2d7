import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND, SERIES } from '$lib/chart-model/tokens';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('chart colours stand out from the page in both themes (WCAG 1.4.11, ≥ 3:1)', () => {
	for (const [name, c] of Object.entries(SERIES)) {
		it(`${name}: light ${c.light}, dark ${c.dark}`, () => {
			expect(contrast(c.light, BACKGROUND.light)).toBeGreaterThanOrEqual(3);
			expect(contrast(c.dark, BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
		});
	}
	it('the contrast helper is right on known pairs', () => {
		expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#777777')).toBeCloseTo(1, 5);
	});
});

describe('design values live in tokens.ts only', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`]
		);
	const code = files('src').filter(
		(f) =>
			/\.(ts|svelte|css)$/.test(f) &&
			!f.endsWith('chart-model/tokens.ts') &&
			!f.includes('/assets/fonts/')
	);
	it('no colour literal outside the tokens', () => {
		const found = code.flatMap((f) =>
			[
				...readFileSync(f, 'utf8').matchAll(
					/(?<![\w&{])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b(?![\w-])/g
				)
			].map((m) => `${f}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});
	it('no card size outside the tokens', () => {
		const found = code.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/\b(?:1200|630)\b/g)].map((m) => `${f}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});
});
