/**
 * CONTRIBUTING.md's first walkthrough, as a test: a chart added to the registry (here a
 * fixture, with its selector) appears on every route that publishes charts, with nothing else
 * edited: the gallery, the embed and live-embed pages, the share page and its card, oEmbed and the
 * chart index.
 */
import { LANGS } from '$lib/i18n/lang';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_SELECTOR_FILE } from '../fixtures/charts/paths';
import { ALL_LAYOUTS } from '$lib/render/live/layouts/all';
import { layoutsContext } from '$lib/render/live/layouts/context';

vi.mock('$lib/chart-model/registry', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/chart-model/registry')>();
	const { registryOf } = await import('$lib/chart-model/registryOf');
	const { fixtureChart } = await import('../fixtures/charts/fixtureChart');
	const charts = [...real.CHARTS, fixtureChart] as const;
	const lookups = registryOf(charts);
	return { ...real, ...lookups, CHARTS: charts, REGISTERED: lookups.CHART_IDS };
});
vi.mock('$lib/server/selectorModules', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/server/selectorModules')>();
	const fixture = await import('../fixtures/charts/fixtureChart.select');
	return { SELECTOR_MODULES: { ...real.SELECTOR_MODULES, [FIXTURE_SELECTOR_FILE]: fixture } };
});

const ID = 'fixture-chart';
type Entry = { lang: string; chart: string };
const hasFixture = (entries: Entry[]) =>
	LANGS.every((lang) => entries.some((e) => e.lang === lang && e.chart === ID));

describe('a chart added to the registry is published everywhere', () => {
	it('the embed, live embed, share page and card prerender it in both languages', async () => {
		const routes = [
			await import('../../src/routes/[lang=lang]/embed/[chart]/+page.server'),
			await import('../../src/routes/[lang=lang]/embed/[chart]/live/+page.server'),
			await import('../../src/routes/[lang=lang]/share/[chart]/+page.server'),
			await import('../../src/routes/[lang=lang]/share/[chart].png/+server'),
			await import('../../src/routes/oembed/[lang]/[chart].json/+server')
		];
		for (const route of routes) expect(hasFixture(await route.entries())).toBe(true);
	});

	it('its embed page gets its data and sources', async () => {
		const { load } = await import('../../src/routes/[lang=lang]/embed/[chart]/+page.server');
		const page = await load({ params: { lang: 'ar', chart: ID } } as Parameters<typeof load>[0]);
		expect(page).toMatchObject({ chart: ID, lang: 'ar' });
		expect(Object.keys(page ? page.sources : {}).length).toBeGreaterThan(0);
	});

	it('oEmbed announces it with the height its definition declares', async () => {
		const { GET } = await import('../../src/routes/oembed/[lang]/[chart].json/+server');
		const res = await GET({ params: { lang: 'en', chart: ID } } as Parameters<typeof GET>[0]);
		const body = await res.json();
		expect(body.title).toBe('A fixture chart');
		expect(body.height).toBe(432);
		expect(body.html).toContain(`/en/embed/${ID}/`);
	});

	it('the chart index lists it with its states', async () => {
		const { GET } = await import('../../src/routes/charts.json/+server');
		const index = await (await GET({} as Parameters<typeof GET>[0])).json();
		const entry = index.find((c: { id: string }) => c.id === ID);
		expect(entry).toMatchObject({ embedHeight: 432, title: { ar: 'رسم تجريبي' } });
	});

	it('the gallery draws it, with its table', async () => {
		const { load } = await import('../../src/routes/[lang=lang]/charts/+page.server');
		const data = await load({ params: { lang: 'en' } } as Parameters<typeof load>[0]);
		const Gallery = (await import('../../src/routes/[lang=lang]/charts/+page.svelte')).default;
		const { body } = render(Gallery, {
			props: { data, params: { lang: 'en' } } as never,
			context: layoutsContext(ALL_LAYOUTS)
		});
		expect(body).toContain(`data-chart="${ID}"`);
		expect(body).toContain('A fixture chart');
		expect(body).toContain('<th');
	});
});
