/**
 * The story copy (ArchieML, one file per language) parsed into typed sections and steps.
 * Pure: takes the file text; every problem names the file and the step, so an editor can fix it.
 */
import archieml from 'archieml';
import type { RegisteredChart } from '$lib/chart-model/registry';
import type { Lang } from '$lib/i18n';
import { parseRichText, type Segment } from './richText';

export interface StorySection {
	readonly id: string;
	readonly heading: string;
}

/** A step as written; `C` is the chart id's type: any string until checked against the registry. */
export interface StoryStep<C extends string = string> {
	/** 1-based; the permalink is `#step-<n>`, the same in both editions. */
	readonly n: number;
	readonly section: string;
	readonly chart: C;
	readonly state: Readonly<Record<string, string>>;
	readonly paragraphs: readonly (readonly Segment[])[];
	readonly claims: readonly string[];
	readonly words: number;
}

export interface Story<C extends string = string> {
	readonly lang: Lang;
	readonly title: string;
	readonly deck: string;
	readonly byline: string;
	readonly sections: readonly StorySection[];
	readonly steps: readonly StoryStep<C>[];
}

/** A story whose every step names a registered chart (checked at build time by the server). */
export type CheckedStory = Story<RegisteredChart>;
export type CheckedStoryStep = StoryStep<RegisteredChart>;

export class CopyError extends Error {
	constructor(file: string, where: string, problem: string) {
		super(`${file}: ${where}: ${problem}`);
		this.name = 'CopyError';
	}
}

const str = (v: unknown): string | null =>
	typeof v === 'string' && v.trim() !== '' ? v.trim() : null;

export function parseStory(text: string, file: string, lang: Lang): Story {
	const doc = archieml.load(text);
	const need = (key: string) => {
		const v = str(doc[key]);
		if (!v) throw new CopyError(file, key, `missing "${key}"`);
		return v;
	};
	const rawSections = Array.isArray(doc.sections)
		? (doc.sections as Record<string, unknown>[])
		: [];
	const sections = rawSections.map((s, i) => {
		const id = str(s.id);
		const heading = str(s.heading);
		if (!id || !heading) throw new CopyError(file, `section ${i + 1}`, 'needs an id and a heading');
		return { id, heading };
	});
	const ids = new Set(sections.map((s) => s.id));
	const rawSteps = Array.isArray(doc.steps) ? (doc.steps as Record<string, unknown>[]) : [];
	if (rawSteps.length === 0) throw new CopyError(file, 'steps', 'no steps');
	const steps = rawSteps.map((s, i): StoryStep => {
		const where = `step ${i + 1}`;
		const section = str(s.section);
		const chart = str(s.chart);
		const body = str(s.text);
		if (!section || !ids.has(section))
			throw new CopyError(file, where, `unknown section "${String(s.section)}"`);
		if (!chart) throw new CopyError(file, where, 'missing "chart"');
		if (!body) throw new CopyError(file, where, 'missing "text"');
		const state: Record<string, string> = {};
		if (s.state && typeof s.state === 'object')
			for (const [k, v] of Object.entries(s.state as Record<string, unknown>))
				state[k] = String(v).trim();
		return {
			n: i + 1,
			section,
			chart,
			state,
			paragraphs: body.split(/\n\s*\n/).map((p) => parseRichText(p.trim())),
			claims: (str(s.claims) ?? '').split(/\s+/).filter(Boolean),
			words: body.split(/\s+/).filter(Boolean).length
		};
	});
	return {
		lang,
		title: need('title'),
		deck: need('deck'),
		byline: need('byline'),
		sections,
		steps
	};
}

/** Minutes to read, at a pace of words per minute (rounded up, at least one). */
export const readingMinutes = (story: Story, wordsPerMinute = 200): number =>
	Math.max(
		1,
		Math.ceil(
			(story.steps.reduce((a, s) => a + s.words, 0) + story.deck.split(/\s+/).length) /
				wordsPerMinute
		)
	);
