/**
 * The story and the charts on a 390 px phone, in both editions: every chart's text fits inside
 * the chart (no label runs off an edge, in every state the story or a share page shows), and the
 * sticky chart is never hidden behind the step it illustrates.
 */
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

/** Every page that shows a chart in a state the story uses: the gallery and the share pages. */
function chartPages(lang: Lang): string[] {
	const shares = readdirSync(`build/${lang}/share`).filter((c) => !c.endsWith('.png'));
	return [
		`/${lang}/charts/`,
		...shares.flatMap((chart) =>
			readdirSync(`build/${lang}/share/${chart}`)
				.filter((s) => !s.includes('index.html') && !s.endsWith('.png'))
				.map((state) => `/${lang}/share/${chart}/${state}/`)
		)
	];
}

/** Text inside each chart's plot that crosses the chart's edges. */
async function textOutsideCharts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const fig of document.querySelectorAll('figure.chart')) {
			const box = fig.getBoundingClientRect();
			for (const el of fig.querySelectorAll<HTMLElement>('.plot *')) {
				if (el.children.length > 0 || !el.textContent?.trim()) continue;
				if (el.closest('.visually-hidden')) continue;
				const r = el.getBoundingClientRect();
				if (r.width === 0) continue;
				if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
					out.push(
						`"${el.textContent.trim().slice(0, 40)}" ${Math.round(r.left)}–${Math.round(r.right)}`
					);
			}
		}
		return out;
	});
}

for (const lang of LANGS) {
	test(`/${lang}/ at 390 px: every chart's labels stay inside the chart, in every story state`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		const problems: string[] = [];
		const pages = chartPages(lang);
		expect(pages.length).toBeGreaterThan(8);
		for (const url of pages) {
			await page.goto(url);
			for (const p of await textOutsideCharts(page)) problems.push(`${url} ${p}`);
		}
		expect(problems).toEqual([]);
		await context.close();
	});

	test(`/${lang}/ at 390×844: the sticky chart is at least 40% visible when each step begins`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(`/${lang}/`);
		await expect(page.locator('.graphic button[data-action="embed"]')).toBeEnabled();
		const steps = await page.locator('article[data-step]').count();
		const hidden: string[] = [];
		for (let n = 1; n <= steps; n++) {
			// a step begins when its top reaches the middle of the screen (the scroller's line)
			await page.locator(`article[data-step="${n}"]`).evaluate((el) => {
				const top = el.getBoundingClientRect().top + scrollY;
				scrollTo(0, top - innerHeight / 2 + 1);
			});
			await page.waitForTimeout(120);
			const visible = await page.evaluate(() => {
				const graphic = document.querySelector('.graphic')!;
				const r = graphic.getBoundingClientRect();
				let shown = 0;
				let total = 0;
				// sample the chart's area: a point counts if it is on screen and no step card (they
				// are opaque; the steps' own container is not) lies over the chart there
				for (let y = r.top + 4; y < r.bottom; y += 12)
					for (let x = r.left + 4; x < r.right; x += 12) {
						total++;
						if (y < 0 || y >= innerHeight) continue;
						const top = document.elementFromPoint(x, y);
						if (top && (graphic.contains(top) || !top.closest('article.step'))) shown++;
					}
				return total === 0 ? 0 : shown / total;
			});
			if (visible < 0.4) hidden.push(`step ${n}: ${Math.round(visible * 100)}%`);
		}
		expect(hidden).toEqual([]);
		await context.close();
	});
}

test('a fact-check’s evidence is a closed disclosure on a phone and open beside the chart on a wide screen', async ({
	browser
}) => {
	for (const [viewport, open] of [
		[PHONE, false],
		[{ width: 1280, height: 900 }, true]
	] as const) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto('/ar/');
		const evidence = page.locator('aside.fact-check details.evidence');
		// what the reader sees, from the first paint (CSS, before any script opens anything)
		const shown = await evidence.evaluateAll((ds) =>
			ds.map((d) => d.querySelector('.evidence-body')!.checkVisibility())
		);
		expect(shown.length).toBeGreaterThan(10);
		expect(new Set(shown), `${viewport.width}px, seen`).toEqual(new Set([open]));
		// …and, once the page is idle, what a screen reader is told: opened for real
		await expect
			.poll(() =>
				evidence.evaluateAll((ds) =>
					ds.map((d) => `${(d as HTMLDetailsElement).open} ${d.hasAttribute('data-opened')}`)
				)
			)
			.toEqual(shown.map(() => `${open} true`));
		const states = await evidence.evaluateAll((ds) =>
			ds.map((d) => d.querySelector('.evidence-body')!.checkVisibility())
		);
		expect(new Set(states), `${viewport.width}px, seen once idle`).toEqual(new Set([open]));
		// the rating is outside the disclosure: a reader sees it either way
		await expect(page.locator('aside.fact-check .verdict a').first()).toBeVisible();
		await context.close();
	}
});

test('a fact-check’s evidence is shown beside the chart by CSS alone: no script opens it at load', async ({
	browser
}) => {
	for (const [viewport, open] of [
		[PHONE, false],
		[{ width: 1280, height: 900 }, true]
	] as const) {
		const context = await browser.newContext({ viewport, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/');
		const shown = await page
			.locator('aside.fact-check details.evidence .evidence-body')
			.evaluateAll((bodies) => bodies.map((b) => b.checkVisibility()));
		expect(shown.length).toBeGreaterThan(10);
		expect(new Set(shown), `${viewport.width}px`).toEqual(new Set([open]));
		await context.close();
	}
});

// Steps away from the viewport skip layout (content-visibility: auto) and stand at a placeholder
// size until first seen. Tools measuring a skipped step (a screen reader's, Lighthouse's touch
// target audit) lay its content out inside that box: every step must fit in it, or its links
// would overlap the next step's. Narrow phone to wide desktop, both editions.
for (const lang of LANGS)
	for (const width of [320, 390, 800, 1280])
		test(`/${lang}/ at ${width}px: every step and the headline figures fit the size they stand at before they are laid out`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`/${lang}/`);
			const placeholder = await page
				.locator('article[data-step]')
				.first()
				.evaluate((el) =>
					parseFloat(getComputedStyle(el).containIntrinsicBlockSize.replace('auto ', ''))
				);
			expect(placeholder).toBeGreaterThan(0);
			await page.addStyleTag({ content: '.step { content-visibility: visible !important; }' });
			const heights = await page
				.locator('article[data-step]')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
			for (const [i, h] of heights.entries()) expect(h, `step ${i + 1}`).toBeLessThan(placeholder);
			// the headline figures below the story skip layout the same way
			const figures = page.locator('.figures-section');
			const standsAt = await figures.evaluate((el) =>
				parseFloat(getComputedStyle(el).containIntrinsicBlockSize.replace('auto ', ''))
			);
			await page.addStyleTag({
				content: '.figures-section { content-visibility: visible !important; }'
			});
			const real = await figures.evaluate((el) => el.getBoundingClientRect().height);
			expect(real, 'headline figures').toBeLessThan(standsAt);
		});
