import { describe, expect, it } from 'vitest';
import { MESSAGES } from '$lib/i18n/messages';
import { FIGURE_IDS } from '$lib/stats';

/**
 * A figure's caption is read with its number («4,486» then the caption). An Arabic caption
 * that opens with the counted noun reads as the number's tamyiz and disagrees with it
 * («4,486 وفيات», «20 أيام»), so it opens with what the number is: its count, its tally, its
 * cost, its appropriations or, for a year, a superlative.
 */
const HEADS = ['عدد', 'حصيلة', 'كلفة', 'مخصصات', 'أكثر'];

describe('headline figure captions', () => {
	it('every Arabic caption opens with what the number is, not with a counted noun', () => {
		const bad = FIGURE_IDS.filter(
			(id) => !HEADS.includes(MESSAGES.ar.figures[id].split(/\s/)[0]!)
		).map((id) => `${id}: ${MESSAGES.ar.figures[id]}`);
		expect(bad).toEqual([]);
	});
	it('the check flags a caption that opens with a plural noun', () => {
		expect(HEADS.includes('وفيات الجيش'.split(/\s/)[0]!)).toBe(false);
	});
});
