/**
 * One figure per fact: the story page shows every headline figure (in the copy, the callouts
 * and the headline box), so two figures of the same measure over the same period must agree.
 * Where two counts of one measure differ (the Defense Department's tally and iCasualties'),
 * their periods differ, and a story step names each beside the Defense Department's, so its text
 * explains the difference.
 */
import { LANGS } from '$lib/i18n/lang';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, headlineFigures, type FigureId } from '$lib/stats';
import { realData } from '../../helpers';

const figures = headlineFigures(realData());

describe('one figure per fact', () => {
	it('no two headline figures give different values for the same measure and period', () => {
		const seen = new Map<string, { id: FigureId; value: number }>();
		const clashes: string[] = [];
		for (const id of FIGURE_IDS) {
			const f = figures[id];
			const key = `${f.measure} ${f.period}`;
			const other = seen.get(key);
			if (other && other.value !== f.value)
				clashes.push(`${other.id} (${other.value}) vs ${id} (${f.value}): ${key}`);
			seen.set(key, { id, value: f.value });
		}
		expect(clashes).toEqual([]);
	});

	for (const lang of LANGS)
		it(`${lang}: every other US death count is explained beside the Defense Department’s, in one step`, () => {
			const steps = readFileSync(`src/content/story.${lang}.aml`, 'utf8').split(/\n(?=section:)/);
			const us = FIGURE_IDS.filter((id) => figures[id].measure === 'us_military_deaths');
			expect(us.length).toBeGreaterThan(1);
			const shown = us.filter((id) => steps.some((s) => s.includes(`{{${id}}}`)));
			expect(shown).toContain('us_deaths_total');
			// every other count is explained in a step beside the Defense Department's own
			const alone = shown.filter(
				(id) =>
					id !== 'us_deaths_total' &&
					!steps.some((s) => s.includes(`{{${id}}}`) && s.includes('{{us_deaths_total}}'))
			);
			expect(shown.length).toBeGreaterThan(1);
			expect(alone).toEqual([]);
		});
});
