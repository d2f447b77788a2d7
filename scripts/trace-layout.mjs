#!/usr/bin/env node
/**
 * What the first layout costs, part by part (issue 22): loads a page in Chromium with the CPU
 * slowed ×4 (Lighthouse's mobile setting), records the load's trace, and sums the main thread's
 * style, layout and parse work until the page is idle. Then it loads the page again with one
 * part of it taken out of the layout (`display: none`), for each part below, so the difference
 * is what that part costs. Medians of RUNS loads. Needs a build served on :4173 (`npm start`).
 *
 *   node scripts/trace-layout.mjs            # /ar/ and /en/ at 390 and 1,280 px
 *   TRACE_ROUTES=/ar/charts/ node scripts/trace-layout.mjs
 *
 * Prints a Markdown table; the README's "What the first layout costs" quotes one run of it.
 */
import { chromium } from '@playwright/test';

const ORIGIN = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
const ROUTES = (process.env.TRACE_ROUTES ?? '/ar/,/en/').split(',');
const WIDTHS = [390, 1280];
const RUNS = Number(process.env.TRACE_RUNS ?? 3);
/** The parts of a story page a reader does not see at load, and the first screen itself. */
const PARTS = {
	'(whole page)': null,
	'steps after the first': '[data-steps] > [data-step]:not(:first-child)',
	'fact-check cards': 'aside.fact-check',
	'headline figures': '.figures-section',
	'sticky chart': '.graphic',
	'footer and sources': 'footer'
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, url, width, hide) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	if (hide)
		await page.route(url, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(
				'</head>',
				`<style>${hide}{display:none!important}</style></head>`
			);
			await route.fulfill({ response, body });
		});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const events = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
		transferMode: 'ReportEvents'
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
	await cdp.send('Tracing.end');
	await done;
	await page.close();
	const ms = (names) =>
		events
			.filter((e) => names.includes(e.name) && e.ph === 'X' && e.dur)
			.reduce((sum, e) => sum + e.dur / 1000, 0);
	return {
		style: ms(['UpdateLayoutTree', 'RecalculateStyles']),
		layout: ms(['Layout']),
		parse: ms(['ParseHTML', 'ParseAuthorStyleSheet']),
		elements: await elementCount(browser, url, width, hide)
	};
}

async function elementCount(browser, url, width, hide) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(url, { waitUntil: 'load' });
	const n = await page.evaluate(
		(hide) =>
			hide
				? [...document.querySelectorAll(hide)].reduce(
						(sum, el) => sum + 1 + el.querySelectorAll('*').length,
						0
					)
				: document.querySelectorAll('body *').length,
		hide
	);
	await page.close();
	return n;
}

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
console.log(
	`Traced on ${new Date().toISOString().slice(0, 10)}, CPU ×4, median of ${RUNS} loads.\n`
);
console.log(
	'| route | width | part | elements | style ms | layout ms | parse ms | saved if absent |'
);
console.log('|---|---|---|---|---|---|---|---|');
for (const route of ROUTES)
	for (const width of WIDTHS) {
		let whole = 0;
		for (const [part, hide] of Object.entries(PARTS)) {
			const runs = [];
			for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, ORIGIN + route, width, hide));
			const style = median(runs.map((r) => r.style));
			const layout = median(runs.map((r) => r.layout));
			const parse = median(runs.map((r) => r.parse));
			const total = style + layout;
			if (!hide) whole = total;
			const saved = hide ? `${Math.round(whole - total)} ms` : '';
			console.log(
				`| ${route} | ${width} | ${part} | ${runs[0].elements} | ${style.toFixed(0)} | ${layout.toFixed(0)} | ${parse.toFixed(0)} | ${saved} |`
			);
		}
	}
await browser.close();
