import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README quotes only the committed results file: its bench block is bench/results.md as
 * the bench wrote it, never a figure from another run or typed by hand.
 */
const START = '<!-- bench:results (written by npm run bench from bench/results.md) -->';
const END = '<!-- /bench:results -->';

describe('the README’s bench figures', () => {
	it('are bench/results.md, word for word', () => {
		const readme = readFileSync('README.md', 'utf8');
		const a = readme.indexOf(START);
		const b = readme.indexOf(END);
		expect(a, 'README has the bench block').toBeGreaterThan(0);
		expect(b).toBeGreaterThan(a);
		expect(readme.slice(a + START.length, b).trim()).toBe(
			readFileSync('bench/results.md', 'utf8').trim()
		);
	});
	it('are quoted nowhere else: no bench table outside the block', () => {
		const readme = readFileSync('README.md', 'utf8');
		const outside = readme.slice(0, readme.indexOf(START)) + readme.slice(readme.indexOf(END));
		expect(outside).not.toMatch(/\| route \| perf/);
	});
});
