import { describe, expect, it } from 'vitest';
import {
	classLabels,
	exploreValueFormat,
	exploreValueLabel,
	measureName,
	placeName,
	settingsFor
} from '$lib/i18n';

describe('the explore dashboard in words', () => {
	it('a governorate’s value that stands alone says what it counts, in each edition’s grammar', () => {
		const ar = settingsFor('ar');
		const en = settingsFor('en');
		expect(exploreValueLabel('ibc', 'count', ar, true)(48598)).toBe('48,598 قتيلاً مدنياً');
		expect(exploreValueLabel('ibc', 'count', en, true)(48598)).toBe('48,598 civilian deaths');
		expect(exploreValueLabel('sigact', 'count', ar, true)(7)).toBe('7 هجمات');
		expect(exploreValueLabel('sigact', 'count', en, true)(1)).toBe('1 attack');
		expect(exploreValueLabel('ibc', '100k', en, true)(12.34)).toMatch(/^12\.3 per 100,000 people$/);
		expect(exploreValueLabel('ibc', '100k', ar, true)(12.34)).toMatch(/ لكل 100 ألف نسمة$/);
	});
	it('a value whose source cannot stand alone carries its standing into the label', () => {
		const ar = settingsFor('ar');
		const en = settingsFor('en');
		expect(exploreValueLabel('ibc', 'count', ar, false)(48598)).toBe(
			'48,598 قتيلاً مدنياً (رقم غير مؤكد)'
		);
		expect(exploreValueLabel('ibc', '100k', en, false)(12.34)).toBe(
			'12.3 per 100,000 people (unverified)'
		);
	});
	it('names the last colour class "and over", «فأكثر» in Arabic, never a bare +', () => {
		const f = exploreValueFormat('count', settingsFor('ar'));
		expect(classLabels([120, 450], f, 'ar')).toEqual(['0–120', '120–450', '450 فأكثر']);
		expect(
			classLabels([120, 450], exploreValueFormat('count', settingsFor('en')), 'en').at(-1)
		).toBe('450 and over');
	});
	it('lists governorates with the Arabic comma on /ar/, and says "the whole country" for none', () => {
		expect(placeName(['IQ-BG', 'IQ-AN'], 'ar')).toBe('بغداد، الأنبار');
		expect(placeName(['IQ-BG', 'IQ-AN'], 'en')).toBe('Baghdad, Anbar');
		expect(placeName([], 'ar')).toBe('العراق كله');
		expect(measureName('ibc', '100k', 'ar')).not.toContain(', ');
	});
	it('shows counts whole and rates to one decimal', () => {
		expect(exploreValueFormat('count', settingsFor('en'))(1234.6)).toBe('1,235');
		expect(exploreValueFormat('100k', settingsFor('en'))(379.14)).toBe('379.1');
	});
});
