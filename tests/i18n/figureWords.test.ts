import { describe, expect, it } from 'vitest';
import { estimateText, figureNotes, figureText, ratioSentence } from '$lib/i18n/figureWords';
import { estimateMeasureLabel } from '$lib/i18n/measures';
import { type Estimate, type Figure } from '$lib/stats';
import { settingsFor } from '$lib/i18n';

const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({
	value,
	unit: 'troops',
	measure: 'troops_in_theatre',
	period: '2003-03-26',
	sourceIds: [],
	basis: 'reported',
	qualifier: 'exact',
	status: 'verified',
	...extra
});

describe('figureText', () => {
	const table: [string, Figure, 'ar' | 'en', 'latn' | 'arab', string][] = [
		[
			'an approximate round count, Arabic',
			figure(290000, { qualifier: 'about' }),
			'ar',
			'latn',
			'نحو 290 ألف'
		],
		[
			'the same with Eastern digits',
			figure(290000, { qualifier: 'about' }),
			'ar',
			'arab',
			'نحو ٢٩٠ ألف'
		],
		[
			'the same in English stays exact',
			figure(290000, { qualifier: 'about' }),
			'en',
			'latn',
			'about 290,000'
		],
		['an exact figure stays exact', figure(4486), 'ar', 'latn', '4,486'],
		[
			'an approximate figure that is not round stays exact',
			figure(461500, { qualifier: 'about' }),
			'ar',
			'latn',
			'نحو 461,500'
		],
		['a floor', figure(20, { qualifier: 'at_least' }), 'en', 'latn', 'at least 20'],
		['a floor, Arabic', figure(20, { qualifier: 'at_least' }), 'ar', 'latn', '20 على الأقل']
	];
	for (const [name, f, lang, digits, expected] of table)
		it(name, () => expect(figureText(f, settingsFor(lang, digits))).toBe(expected));
	it('a value standing alone agrees with its number (the accusative of the tamyiz)', () => {
		const about = (n: number) => figure(n, { qualifier: 'about' });
		const alone = (n: number) => figureText(about(n), settingsFor('ar'), { alone: true });
		expect(alone(290000)).toBe('نحو 290 ألفاً');
		expect(alone(405000)).toBe('نحو 405 آلاف');
		expect(alone(500000)).toBe('نحو 500 ألف');
		// English and exact figures are the same either way
		expect(figureText(about(290000), settingsFor('en'), { alone: true })).toBe('about 290,000');
		expect(figureText(figure(4486), settingsFor('ar'), { alone: true })).toBe('4,486');
	});
});

describe('figureNotes', () => {
	it('says "our sum" and "unverified" in the page’s language, and nothing for a settled reported figure', () => {
		expect(figureNotes(figure(1), 'en')).toEqual([]);
		expect(figureNotes(figure(1, { basis: 'our_sum' }), 'en')[0]).toMatch(/our sum/);
		expect(figureNotes(figure(1, { status: 'unverified' }), 'ar')[0]).toMatch(/غير مؤكد/);
	});
});

describe('ratioSentence', () => {
	it('says a multiple as its own sentence, turned round below 1, and "about" near 1', () => {
		const en = settingsFor('en', 'latn');
		const ar = settingsFor('ar', 'latn');
		expect(ratioSentence(32246 / 4500, en)).toBe('It is 7.2 times the text’s figure.');
		expect(ratioSentence(32246 / 4500, ar)).toBe('ويبلغ 7.2 أضعاف رقم النص.');
		expect(ratioSentence(0.25799, en)).toBe('The text’s figure is 3.9 times this one.');
		expect(ratioSentence(0.25799, ar)).toBe('ورقم النص 3.9 أضعاف هذا الرقم.');
		expect(ratioSentence(1.11, en)).toBe('It is about 11% more than the text’s figure.');
		expect(ratioSentence(1.11, ar)).toMatch(/^ويزيد على رقم النص بنحو 11[\u200e\s]*%[\u200e]*\.$/u);
		expect(ratioSentence(0.7, en)).toBe('It is about 30% less than the text’s figure.');
		expect(ratioSentence(4486 / 4500, en)).toBe('It is about the text’s figure.');
		expect(ratioSentence(1.04, ar)).toBe('وهو قريب من رقم النص.');
	});
});

describe('estimateText and estimateMeasureLabel', () => {
	const est = (extra: Partial<Estimate>): Estimate =>
		({
			central: 98_000,
			low: 8_000,
			high: 194_000,
			standalone: true,
			poll: false,
			measureType: 'excess_survey',
			...extra
		}) as Estimate;
	const en = settingsFor('en', 'latn');
	const ar = settingsFor('ar', 'latn');
	it('an estimate no standalone source gives says so inside its own parenthesis', () => {
		expect(estimateText(est({}), en)).toBe('98,000 (8,000–194,000)');
		expect(estimateText(est({ standalone: false }), en)).toBe('98,000 (unverified; 8,000–194,000)');
		expect(estimateText(est({ standalone: false }), ar)).toBe(
			'98,000 (رقم غير مؤكد؛ 8,000–194,000)'
		);
		expect(estimateText(est({ central: null, standalone: false }), en)).toBe(
			'8,000–194,000 (unverified)'
		);
		expect(estimateText(est({ low: null, high: null, standalone: false }), en)).toBe(
			'98,000 (unverified)'
		);
	});
	it('a poll is named as a poll wherever its measure is', () => {
		expect(estimateMeasureLabel(est({ poll: true, measureType: 'violent_survey' }), 'en')).toBe(
			'Violent deaths (an opinion poll, not a mortality survey)'
		);
		expect(estimateMeasureLabel(est({ measureType: 'violent_survey' }), 'en')).toBe(
			'Violent deaths (survey and poll estimates)'
		);
	});
});
