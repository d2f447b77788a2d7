import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { noteForm, settingsFor, sourceDateText } from '$lib/i18n';

const ar = settingsFor('ar');
const en = settingsFor('en');
const notes = csvParse(readFileSync('data/sources.csv', 'utf8')).map((r) => r.date ?? '');

describe('source date notes', () => {
	const cases = [
		{ note: '2011-12-18', ar: '18 كانون الأول 2011', en: '18 December 2011' },
		{
			note: 'stored copy, date unknown',
			ar: 'نسخة محفوظة، تاريخها غير معروف',
			en: 'stored copy, date unknown'
		},
		{
			note: 'first published 2013-01-01; page updated 2024-03-01',
			ar: 'نُشر أول مرة في 1 كانون الثاني 2013، وحُدّثت الصفحة في 1 آذار 2024',
			en: 'first published 1 January 2013; page updated 1 March 2024'
		},
		{
			note: 'CRS report Oct 2005',
			ar: 'تقرير دائرة أبحاث الكونغرس، تشرين الأول 2005',
			en: 'CRS report October 2005'
		},
		{ note: 'c. mid-2005', ar: 'نحو منتصف 2005', en: 'c. mid-2005' },
		{ note: '2003, 2005, 2007', ar: '2003، و2005، و2007', en: '2003, 2005, 2007' }
	];
	for (const c of cases)
		it(`reads “${c.note}” in both editions`, () => {
			expect(sourceDateText(c.note, ar)).toBe(c.ar);
			expect(sourceDateText(c.note, en)).toBe(c.en);
		});

	it('has words for the form of every note in data/sources.csv', () => {
		const unknown = notes
			.filter((n) => sourceDateText(n, ar) === null)
			.map((n) => noteForm(n).form);
		expect([...new Set(unknown)]).toEqual([]);
	});

	it('leaves no English word and no ISO date in any Arabic note', () => {
		const left = notes
			.map((n) => sourceDateText(n, ar) ?? '')
			.filter((t) => /[A-Za-z]|\d{4}-\d{2}/.test(t));
		expect(left).toEqual([]);
	});
});
