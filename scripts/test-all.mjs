#!/usr/bin/env node
/**
 * `npm test`: every check and test, in order, continuing past failures so one run shows
 * everything that is wrong. Ends with one plain line, `N passed, N failed`, which CI reads:
 * Vitest and Playwright tests are counted one by one from their JSON reports; each static
 * check (format, lint, types, build) counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'test-results';
const VITEST_JSON = `${RESULTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;
mkdirSync(RESULTS, { recursive: true });
for (const f of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(f, { force: true });

const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, TZ: 'UTC' };

function run(label, command, args) {
	console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
	const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
	if (error) console.error(error.message);
	return status === 0;
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const stages = [];
const check = (name, ok) => stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

check('format (prettier)', run('format', bin('prettier'), ['--check', '.']));
check('lint (eslint)', run('lint', bin('eslint'), ['.']));
check(
	'floors (dependency-cruiser)',
	run('floors', bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs'])
);
check(
	'types (svelte-check)',
	run('sync', bin('svelte-kit'), ['sync']) &&
		run('types', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']) &&
		run('types without the DOM (stats, i18n, chart-model)', bin('tsc'), [
			'-p',
			'tsconfig.model.json'
		])
);

const unitOk = run('unit and data tests (vitest)', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${VITEST_JSON}`
]);
const vitest = readJson(VITEST_JSON);
if (vitest) {
	stages.push({ name: 'vitest', passed: vitest.numPassedTests, failed: vitest.numFailedTests });
	// A suite that fails to load has no failed test in it, but it did fail.
	if (!unitOk && vitest.numFailedTests === 0) check('vitest (suite errors)', false);
} else check('vitest (did not report)', false);

const buildOk =
	run('islands', 'node', ['scripts/build-islands.mjs']) &&
	run('build', bin('vite'), ['build']) &&
	run('headers', 'node', ['scripts/write-headers.mjs']);
check('build (vite + prerender)', buildOk);

if (buildOk) {
	const e2eOk = run('browser tests (playwright)', bin('playwright'), ['test']);
	const pw = readJson(PLAYWRIGHT_JSON);
	if (pw) {
		stages.push({
			name: 'playwright',
			passed: pw.stats.expected + pw.stats.flaky,
			failed: pw.stats.unexpected
		});
		if (!e2eOk && pw.stats.unexpected === 0) check('playwright (run errors)', false);
	} else check('playwright (did not run: see the error above)', false);
} else check('playwright (not run: the build failed)', false);

console.log('\n━━ summary');
for (const s of stages) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
const passed = stages.reduce((a, s) => a + s.passed, 0);
const failed = stages.reduce((a, s) => a + s.failed, 0);
const line = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS}/summary.txt`, line + '\n');
console.log(line);
process.exit(failed === 0 ? 0 : 1);
