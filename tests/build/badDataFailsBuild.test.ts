/**
 * A malformed row must stop the build with its file, line and column, not publish a page
 * with a gap. This runs a real, second `vite build` against a copy of data/ with one bad cell,
 * writing to a temporary folder so the real build/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// Inside the project (git-ignored), so the server bundle still finds node_modules.
mkdirSync('test-results', { recursive: true });
const tmp = resolve(mkdtempSync('test-results/bad-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('fails the build and names file:line:column of the bad cell', () => {
	cpSync('data', join(tmp, 'data'), { recursive: true });
	writeFileSync(
		join(tmp, 'data', 'us_casualties_monthly.csv'),
		readFileSync('tests/fixtures/malformed/letter-in-number.csv')
	);
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			DATA_DIR: join(tmp, 'data'),
			SVELTEKIT_OUT_DIR: join(tmp, '.svelte-kit'),
			BUILD_DIR: join(tmp, 'build')
		},
		timeout: 170_000
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output.slice(-2000)).not.toBe(0);
	expect(output).toMatch(
		/us_casualties_monthly\.csv:3:2 \(deaths\): expected a whole number ≥ 0 with no separators, got "7A"/
	);
}, 180_000);
