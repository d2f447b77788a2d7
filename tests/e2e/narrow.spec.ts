/**
 * Embeds in the columns editors paste them into (issue 21 §3): every chart, in every declared
 * state, in both editions, at 300, 345 (WordPress's content column on a phone), 390, 640 and
 * 1,280 px. No two pieces of text inside the chart overlap (axis labels thin out, names wrap),
 * and no text leaves the frame.
 *
 * A piece of text is a leaf element with text of its own (an SVG `<text>` or `<tspan>`, an
 * HTML label), measured by its client rectangle; visually hidden text and hidden tooltips are
 * not read. Two boxes overlap when they share more than 1.5 px in both directions.
 */
import type { Page } from '@playwright/test';
import { CHART_INDEX } from './charts';
import { expect, test } from './fixtures';

const WIDTHS = [300, 345, 390, 640, 1280];
const LANGS = ['ar', 'en'] as const;

/** Every declared state of a chart as a query: the default, then each other value of each key. */
function declaredQueries(states: Record<string, { values: string[]; default: string }>): string[] {
	const queries = [''];
	for (const [key, { values, default: fallback }] of Object.entries(states))
		for (const value of values)
			if (value !== fallback) queries.push(`?${key}=${encodeURIComponent(value)}`);
	return queries;
}

/** Overlapping text boxes and text outside the viewport, described for the report. */
async function textProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const viewport = document.documentElement.clientWidth;
		const hidden = (el: Element) =>
			el.closest(
				'.visually-hidden, [hidden], [aria-hidden="true"].tooltip, .tooltip, details:not([open]) > :not(summary)'
			) !== null || getComputedStyle(el).visibility === 'hidden';
		const leaves = [...document.querySelectorAll('figure.chart .plot *, figure.chart .legend *')]
			.filter((el) => {
				const own = [...el.childNodes].some(
					(n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''
				);
				return own && !hidden(el);
			})
			.map((el) => ({ text: el.textContent!.trim().slice(0, 30), r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && r.height > 0);
		const out: string[] = [];
		for (const { text, r } of leaves)
			if (r.left < -0.5 || r.right > viewport + 0.5)
				out.push(`"${text}" outside the frame (${Math.round(r.left)}–${Math.round(r.right)})`);
		for (let i = 0; i < leaves.length; i++)
			for (let j = i + 1; j < leaves.length; j++) {
				const a = leaves[i]!.r;
				const b = leaves[j]!.r;
				const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (x > 1.5 && y > 1.5) out.push(`"${leaves[i]!.text}" overlaps "${leaves[j]!.text}"`);
			}
		return out;
	});
}

for (const chart of CHART_INDEX)
	for (const lang of LANGS)
		test(`${chart.id} (${lang}) at 300–1,280 px: no text overlaps, none leaves the frame, in every state`, async ({
			page
		}) => {
			test.slow();
			const problems: string[] = [];
			for (const query of declaredQueries(chart.states)) {
				await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
				await page.goto(`/${lang}/embed/${chart.id}/${query ? `live/${query}` : ''}`);
				await page.locator('figure.chart .plot').first().waitFor();
				for (const width of WIDTHS) {
					await page.setViewportSize({ width, height: 900 });
					// two frames: the chart's own ResizeObserver re-lays it out, then the browser paints
					await page.evaluate(
						() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
					);
					for (const p of await textProblems(page))
						problems.push(`${query || '(default)'} @${width}: ${p}`);
				}
			}
			expect([...new Set(problems)]).toEqual([]);
		});
