/**
 * Text in narrow columns (issue 21 §3), shared by the narrow-column specs: every declared
 * state of a chart as a query, and the text boxes of a page that overlap or leave the frame.
 *
 * A piece of text is a text node under the scope, measured by its glyph boxes (one per line,
 * `Range.getClientRects`, cut to the em square); visually hidden text and hidden tooltips are not
 * read. Two boxes overlap when they share more than 1.5 px in both directions.
 */
import { LANGS } from '../../src/lib/i18n/lang';
import type { Page } from '@playwright/test';
import { CHART_INDEX } from './charts';
import { expect, test } from './fixtures';

export const WIDTHS = [300, 345, 390, 640, 1280];
export { LANGS };

/** Every declared state of a chart as a query: the default, then each other value of each key. */
export function declaredQueries(
	states: Record<string, { values: string[]; default: string }>
): string[] {
	const queries = [''];
	for (const [key, { values, default: fallback }] of Object.entries(states))
		for (const value of values)
			if (value !== fallback) queries.push(`?${key}=${encodeURIComponent(value)}`);
	return queries;
}

/** Waits until the chart shows the state a query asks for (its `data-state`, once applied). */
export async function waitForState(page: Page, query: string): Promise<void> {
	const [key, value] = [...new URLSearchParams(query)][0]!;
	await page.waitForFunction(
		([key, value]) => {
			const state = document.querySelector('figure.chart')?.getAttribute('data-state');
			return state !== null && state !== undefined && JSON.parse(state)[key] === value;
		},
		[key, value] as const
	);
}

/** Overlapping text boxes and text outside the viewport, described for the report. */
export async function textProblems(page: Page, scope: string): Promise<string[]> {
	return page.evaluate((scope) => {
		const viewport = document.documentElement.clientWidth;
		const hidden = (el: Element) =>
			el.closest('.visually-hidden, [hidden], .tooltip, details:not([open]) > :not(summary)') !==
				null || getComputedStyle(el).visibility === 'hidden';
		// A glyph box is as tall as the font's ascent and descent, which for Arabic-script faces is
		// 1.6–1.8 em: two rows of labels 1.5 em apart share 3 px of box and no ink. What a reader
		// sees touching is the em square, so each box keeps its width and is cut, about its
		// middle, to the font size (scaled on screen for text inside an SVG).
		const emHeight = (el: Element) => {
			const size = parseFloat(getComputedStyle(el).fontSize);
			const svg = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
			return size * (svg ? Math.hypot(svg.c, svg.d) : 1);
		};
		const emBox = (r: DOMRect, em: number) =>
			r.height <= em ? r : new DOMRect(r.x, r.y + (r.height - em) / 2, r.width, em);
		// each text node's own glyph boxes, a line at a time: a label and the value inside it are
		// two pieces side by side, not one box over the other
		const boxes: { text: string; node: number; r: DOMRect }[] = [];
		let node = 0;
		for (const root of document.querySelectorAll(scope)) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let t = walker.nextNode(); t; t = walker.nextNode()) {
				if (!t.textContent?.trim() || !t.parentElement || hidden(t.parentElement)) continue;
				const range = document.createRange();
				range.selectNodeContents(t);
				node++;
				const em = emHeight(t.parentElement);
				for (const r of range.getClientRects())
					if (r.width > 0 && r.height > 0)
						boxes.push({ text: t.textContent.trim().slice(0, 30), node, r: emBox(r, em) });
			}
		}
		const out: string[] = [];
		for (const { text, r } of boxes)
			if (r.left < -0.5 || r.right > viewport + 0.5)
				out.push(`"${text}" outside the frame (${Math.round(r.left)}–${Math.round(r.right)})`);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				if (boxes[i]!.node === boxes[j]!.node) continue;
				const a = boxes[i]!.r;
				const b = boxes[j]!.r;
				const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (x > 1.5 && y > 1.5) out.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
			}
		return out;
	}, scope);
}

/**
 * One test per chart and edition: every declared state at every width, texts under `scope`.
 * Without scripts only the default state exists (a live view is drawn by script), and the CSS
 * fallbacks must hold it legible alone.
 */
export function narrowColumnTests(what: string, scope: string, scripts = true): void {
	for (const chart of CHART_INDEX)
		for (const lang of LANGS)
			test(`${chart.id} (${lang}) at 300–1,280 px: ${what}, ${scripts ? 'in every state' : 'without scripts'}`, async ({
				page
			}) => {
				test.slow();
				const problems: string[] = [];
				for (const query of scripts ? declaredQueries(chart.states) : ['']) {
					await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
					await page.goto(`/${lang}/embed/${chart.id}/${query ? `live/${query}` : ''}`);
					await page.locator('figure.chart .plot').first().waitFor();
					// a live view is drawn from the page's default, then from the query: measure the view
					if (query) await waitForState(page, query);
					for (const width of WIDTHS) {
						await page.setViewportSize({ width, height: 900 });
						// two frames: the chart's own observers lay it out again, then the browser paints
						// (without scripts there are no observers, and measuring lays the page out)
						if (scripts)
							await page.evaluate(
								() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
							);
						for (const p of await textProblems(page, scope))
							problems.push(`${query || '(default)'} @${width}: ${p}`);
					}
				}
				expect([...new Set(problems)]).toEqual([]);
			});
}
