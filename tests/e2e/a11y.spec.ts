/**
 * axe-core (WCAG 2.2 A and AA rules) on every kind of page, both languages, light and dark,
 * phone and desktop, including an open data table and an open embed dialog.
 */
import { LANGS } from '../../src/lib/i18n/lang';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHART_IDS } from './charts';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const CHARTS = CHART_IDS;

async function expectNoViolations(page: Page, label: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const summary = violations.map(
		(v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`
	);
	expect(summary).toEqual([]);
}

/**
 * Scrolls through the story and back up, as a reader does. Steps away from the viewport skip
 * layout (`content-visibility: auto`) and stand at an estimated size until first seen; axe
 * measures touch targets by their boxes, which it should do on steps laid out as a reader sees
 * them. Then waits for the sticky chart to settle on the active step's figure.
 */
async function readThrough(page: Page) {
	const height = () => page.evaluate(() => document.documentElement.scrollHeight);
	const y = () => page.evaluate(() => scrollY);
	while ((await y()) + 900 < (await height())) await page.mouse.wheel(0, 600);
	while ((await y()) > 0) await page.mouse.wheel(0, -600);
	const active = await page.locator('.graphic').getAttribute('data-active-step');
	const state = await page.locator(`article[data-step="${active}"]`).getAttribute('data-state');
	await expect(page.locator('.graphic figure.chart')).toHaveAttribute('data-state', state!);
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
}

for (const lang of LANGS)
	for (const scheme of ['light', 'dark'] as const)
		for (const [size, viewport] of Object.entries(VIEWPORTS)) {
			test(`${lang} ${scheme} ${size}: story, gallery, sources and explore have no axe violations`, async ({
				page
			}) => {
				test.setTimeout(120_000);
				await page.setViewportSize(viewport);
				await page.emulateMedia({ colorScheme: scheme });
				for (const path of [
					`/${lang}/`,
					`/${lang}/charts/`,
					`/${lang}/sources/`,
					`/${lang}/explore/?measure=ibc&per=100k&from=2006-01&to=2007-12&gov=IQ-BG,IQ-AN&by=year`
				]) {
					await page.goto(path);
					if (path === `/${lang}/`) await readThrough(page);
					await expectNoViolations(page, path);
				}
				await page.goto('/');
				await expectNoViolations(page, '/');
			});
		}

test('an open data table and an open embed dialog have no axe violations (both languages)', async ({
	page
}) => {
	for (const lang of LANGS) {
		await page.goto(`/${lang}/charts/`);
		const chart = page.locator('section#civilian-toll > figure.chart');
		await chart.scrollIntoViewIfNeeded(); // charts hydrate when the reader reaches them
		await chart.locator('details.data-table summary').click();
		await expect(chart.locator('details.data-table table')).toBeVisible();
		await expectNoViolations(page, `${lang} data table`);
		await chart.locator('button[data-action="embed"]').click();
		await expect(page.locator('dialog[open]')).toBeVisible();
		await expectNoViolations(page, `${lang} embed dialog`);
	}
});

test('every embed and share page has no axe violations, light and dark', async ({ page }) => {
	test.setTimeout(180_000);
	for (const lang of LANGS)
		for (const chart of CHARTS) {
			await page.goto(`/${lang}/embed/${chart}/?theme=${lang === 'ar' ? 'dark' : 'light'}`);
			await expectNoViolations(page, `${lang} embed ${chart}`);
		}
	for (const lang of LANGS) {
		await page.goto(`/${lang}/embed/civilian-toll/live/?view=yearly&year=2006`);
		await expect(page.locator('figure.chart')).toHaveAttribute('data-state', /2006/);
		await expectNoViolations(page, `${lang} live embed`);
	}
	for (const lang of LANGS) {
		await page.goto(`/${lang}/embed/explore/?measure=sigact&gov=IQ-DI&theme=dark`);
		await expect(page.locator('[data-explore-state]')).toHaveAttribute(
			'data-explore-state',
			/IQ-DI/
		);
		await expectNoViolations(page, `${lang} explore embed`);
	}
	for (const lang of LANGS) {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`/${lang}/share/civilian-toll/`);
		await expectNoViolations(page, `${lang} share`);
	}
});
