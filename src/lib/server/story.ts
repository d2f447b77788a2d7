/**
 * Loads and checks the story copy at build time. A step that names an unknown chart, a state
 * the chart does not declare, an unknown figure or claim, or an edition whose steps do not
 * match the Arabic edition's, fails the build with the file and step.
 */
import { readFileSync } from 'node:fs';
import { definitionOf, isRegistered } from '$lib/chart-model/registry';
import { parseState } from '$lib/chart-model/state';
import {
	CopyError,
	parseStory,
	type CheckedStory,
	type CheckedStoryStep,
	type Story
} from '$lib/features/story/copy';
import { isFigureId, type Datasets } from '$lib/stats';
import { LANGS, type Lang } from '$lib/i18n';
import type { ChartDataMap } from '$lib/chart-model/registry';

export const storyFile = (lang: Lang) => `src/content/story.${lang}.aml`;

function check(story: Story, file: string, d: Datasets, charts: ChartDataMap): CheckedStory {
	const claims = new Map(d.claims.map((c) => [c.claim_id, c]));
	const steps = story.steps.map((step): CheckedStoryStep => {
		const where = `step ${step.n}`;
		const chart = step.chart;
		if (!isRegistered(chart)) throw new CopyError(file, where, `unknown chart "${chart}"`);
		const spec = definitionOf(chart).states(charts[chart]);
		for (const [key, value] of Object.entries(step.state)) {
			if (!(key in spec))
				throw new CopyError(file, where, `chart ${step.chart} has no state "${key}"`);
			if (parseState(spec, { [key]: value })[key] !== value)
				throw new CopyError(file, where, `"${value}" is not a state of ${step.chart}.${key}`);
		}
		for (const p of step.paragraphs)
			for (const seg of p) {
				if (seg.kind === 'figure' && !isFigureId(seg.id))
					throw new CopyError(file, where, `unknown figure {{${seg.id}}}`);
				if (seg.kind === 'claim' && claims.get(seg.id)?.claimed_value == null)
					throw new CopyError(file, where, `claim ${seg.id} has no number in data/claims.csv`);
			}
		for (const id of step.claims)
			if (!claims.has(id)) throw new CopyError(file, where, `unknown claim ${id}`);
		return { ...step, chart };
	});
	return { ...story, steps };
}

/** The shape that must be identical across editions, step by step. */
const shape = (s: CheckedStory) =>
	s.steps
		.map((t) => JSON.stringify([t.section, t.chart, t.state, t.claims]))
		.concat(s.sections.map((x) => x.id));

let cached: Record<Lang, CheckedStory> | undefined;

export function loadStories(d: Datasets, charts: ChartDataMap): Record<Lang, CheckedStory> {
	if (cached) return cached;
	const stories = Object.fromEntries(
		LANGS.map((lang) => {
			const file = storyFile(lang);
			return [lang, check(parseStory(readFileSync(file, 'utf8'), file, lang), file, d, charts)];
		})
	) as Record<Lang, CheckedStory>;
	const first = shape(stories.ar);
	for (const lang of LANGS) {
		const other = shape(stories[lang]);
		const i = first.findIndex((x, k) => x !== other[k]);
		if (i !== -1 || first.length !== other.length)
			throw new CopyError(
				storyFile(lang),
				`step ${i + 1}`,
				'does not match the Arabic edition (chart, state, section or claims)'
			);
	}
	return (cached = stories);
}
