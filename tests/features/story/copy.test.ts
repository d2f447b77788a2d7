import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStories, storyFile } from '$lib/server/story';
import { parseStory, readingMinutes } from '$lib/features/story/copy';
import { bareStatistics, parseRichText } from '$lib/features/story/richText';
import { LANGS } from '$lib/i18n';
import { realData } from '../../helpers';
import { chartData } from '../../render/live/render';

describe('parseRichText', () => {
	it('splits text, figure references and claim references', () => {
		expect(parseRichText('about {{claim:C10}} wounded; DoD: {{us_wounded_total}}.')).toEqual([
			{ kind: 'text', text: 'about ' },
			{ kind: 'claim', id: 'C10' },
			{ kind: 'text', text: ' wounded; DoD: ' },
			{ kind: 'figure', id: 'us_wounded_total', alone: false },
			{ kind: 'text', text: '.' }
		]);
	});
	it('marks a figure that stands alone, with no noun after it', () => {
		expect(parseRichText('و{{plos_2013_excess_deaths:alone}} مع')).toEqual([
			{ kind: 'text', text: 'و' },
			{ kind: 'figure', id: 'plos_2013_excess_deaths', alone: true },
			{ kind: 'text', text: ' مع' }
		]);
	});
});

describe('bareStatistics finds numbers typed into copy', () => {
	const cases = [
		{ text: 'about 4,500 wounded', bad: ['4,500'] },
		{ text: 'نحو 4500 جريح', bad: ['4500'] },
		{ text: 'نحو ٤٥٠٠ جريح', bad: ['٤٥٠٠'] },
		{ text: 'about {{claim:C10}} wounded', bad: [] },
		{ text: 'On 5 April 2003 and in 1991', bad: [] },
		{ text: 'في 9 نيسان 2003', bad: [] },
		{ text: 'the 173rd Airborne Brigade', bad: [] },
		{ text: 'after 90 minutes', bad: ['90'] },
		{ text: '5 tanks', bad: ['5'] }
	];
	for (const { text, bad } of cases) it(text, () => expect(bareStatistics(text)).toEqual(bad));
});

describe('the story copy', () => {
	for (const lang of LANGS) {
		const file = storyFile(lang);
		const text = readFileSync(file, 'utf8');
		it(`${file} carries no bare statistic: every number is a reference`, () => {
			const story = parseStory(text, file, lang);
			const found = [
				story.title,
				story.deck,
				...story.steps.flatMap((s) =>
					s.paragraphs.flatMap((p) => p.map((seg) => (seg.kind === 'text' ? seg.text : '')))
				)
			].flatMap((t) => bareStatistics(t));
			expect(found).toEqual([]);
		});
	}
	it('a copy file with a typed-in statistic would fail that check', () => {
		const bad = readFileSync(storyFile('en'), 'utf8').replace(
			'counted {{us_wounded_total}} service members',
			'counted 32,226 service members'
		);
		const story = parseStory(bad, 'story.en.aml', 'en');
		const found = story.steps.flatMap((s) =>
			s.paragraphs.flatMap((p) =>
				p.flatMap((seg) => (seg.kind === 'text' ? bareStatistics(seg.text) : []))
			)
		);
		expect(found).toEqual(['32,226']);
	});
	it('both editions have the same steps: chart, state, section and claims', () => {
		const stories = loadStories(realData(), chartData());
		expect(stories.ar.steps.length).toBe(stories.en.steps.length);
		expect(stories.ar.steps.map((s) => [s.chart, s.state, s.claims])).toEqual(
			stories.en.steps.map((s) => [s.chart, s.state, s.claims])
		);
	});
	it('every numeric claim of the text is checked in some step', () => {
		const steps = loadStories(realData(), chartData()).ar.steps;
		const checked = new Set(steps.flatMap((s) => s.claims));
		for (const id of ['C01', 'C06', 'C06B', 'C09', 'C10', 'C11', 'C13'])
			expect(checked.has(id), id).toBe(true);
	});
	it('reading time is computed from the copy', () => {
		const en = parseStory(readFileSync(storyFile('en'), 'utf8'), 'en', 'en');
		const words = en.steps.reduce((a, s) => a + s.words, 0) + en.deck.split(/\s+/).length;
		expect(readingMinutes(en)).toBe(Math.ceil(words / 200));
	});
	it('rejects a step with an unknown chart, naming file and step', () => {
		expect(() =>
			parseStory(
				'title: t\ndeck: d\nbyline: b\n[sections]\nid: a\nheading: A\n[]\n[steps]\nsection: nope\nchart: x\ntext: y\n[]',
				'f.aml',
				'en'
			)
		).toThrow('f.aml: step 1: unknown section "nope"');
	});
});
