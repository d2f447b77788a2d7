import { LANGS } from '$lib/i18n/lang';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { definitionOf } from '$lib/chart-model/registry';
import { parseState } from '$lib/chart-model/state';
import { stateSlug } from '$lib/chart-model/stateSlug';
import { figurePath } from '$lib/features/story/figures';
import { chartContext } from '$lib/server/chartPages';
import { GET, entries } from '../../src/routes/[lang=lang]/figures/[chart]/[state].html/+server';

type Event = Parameters<typeof GET>[0];

describe('/<lang>/figures/<chart>/<state>.html: the story’s sticky chart, step by step', async () => {
	const ctx = chartContext();
	const { loadStories } = await import('$lib/server/story');
	const stories = loadStories(ctx.datasets, ctx.charts);
	const listed = new Set(
		(await entries()).map((e) => figurePath(e.lang as 'ar' | 'en', e.chart, e.state))
	);

	for (const lang of LANGS) {
		it(`${lang}: every step’s figure is prerendered, a chart in exactly that step’s state`, async () => {
			for (const step of stories[lang].steps) {
				const spec = definitionOf(step.chart).states(ctx.charts[step.chart]);
				const state = parseState(spec, step.state);
				const slug = stateSlug(spec, state);
				expect(listed, `step ${step.n}`).toContain(figurePath(lang, step.chart, slug));
				const res = await GET({ params: { lang, chart: step.chart, state: slug } } as Event);
				expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
				const doc = new JSDOM(await res.text()).window.document;
				const figure = doc.querySelector('figure.chart')!;
				expect(figure.getAttribute('data-chart')).toBe(step.chart);
				expect(JSON.parse(figure.getAttribute('data-state')!)).toEqual(state);
				// interactive once the story's script runs: actions and data points are in the markup
				expect(figure.querySelector('[data-actions]')).not.toBeNull();
				expect(figure.querySelector('h2.title')).not.toBeNull();
			}
		});
	}

	it('answers 404 for a chart it does not know', async () => {
		await expect(
			Promise.resolve().then(() =>
				GET({ params: { lang: 'en', chart: 'no-such-chart', state: 'default' } } as Event)
			)
		).rejects.toMatchObject({ status: 404 });
	});
});
