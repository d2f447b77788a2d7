import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvError, parseDatasets } from '$lib/stats';
import { csv, readReal, withFixtures } from '../helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/malformed/${name}.csv`, 'utf8');

/** Parse a fixture as if it were data/us_casualties_monthly.csv and return the error message. */
function errorFor(text: string): string {
	try {
		withFixtures({ us_casualties_monthly: text });
	} catch (e) {
		expect(e).toBeInstanceOf(CsvError);
		return (e as Error).message;
	}
	throw new Error('expected the fixture to be rejected');
}

describe('parseCsv rejects malformed rows with file:line:column and what was expected', () => {
	const FILE = 'data/us_casualties_monthly.csv';
	const cases = [
		{
			name: 'a letter in a number column',
			fixture: 'letter-in-number',
			expected: `${FILE}:3:2 (deaths): expected a whole number ≥ 0 with no separators, got "7A"`
		},
		{
			name: 'a missing column',
			fixture: 'missing-column',
			expected: `${FILE}:1:0 (deaths): missing column "deaths" in the header row`
		},
		{
			name: 'a month that does not exist',
			fixture: 'wrong-date',
			expected: `${FILE}:3:1 (month): expected a real month (01–12), got "2003-13"`
		},
		{
			name: 'a source id missing from sources.csv',
			fixture: 'unknown-source',
			expected: `${FILE}:2:4 (source_id): unknown source id S999: not in data/sources.csv, got "S999"`
		},
		{
			name: 'a blank required cell, after a quoted cell spanning two lines',
			fixture: 'multiline-quote',
			expected: `${FILE}:4:2 (deaths): expected a value, got a blank cell`
		},
		{
			name: 'a blank required cell',
			fixture: 'blank-required',
			expected: `${FILE}:2:2 (deaths): expected a value, got a blank cell`
		},
		{
			name: 'a row with too many cells',
			fixture: 'stray-comma',
			expected: `${FILE}:2:0: expected 7 cells, found 9 (a stray comma or quote?)`
		}
	];
	for (const { name, fixture: f, expected } of cases) {
		it(`rejects ${name}`, () => expect(errorFor(fixture(f))).toBe(expected));
	}

	it('rejects thousands separators instead of guessing', () => {
		const text = csv(
			'month,deaths,wounded_in_action,source_id,quote,note,wounded_source_id',
			'2003-03,"4,487",208,S83,q,,S83'
		);
		expect(errorFor(text)).toMatch(/:2:2 \(deaths\): expected a whole number .* got "4,487"$/);
	});

	it('rejects a day that is not in the calendar', () => {
		const text = readReal('invasion_timeline').replace('2003-04-09', '2003-02-30');
		expect(() => withFixtures({ invasion_timeline: text })).toThrow(
			/data\/invasion_timeline\.csv:\d+:2 \(date\): expected a real calendar date, got "2003-02-30"/
		);
	});

	it('rejects a country id that is not in the registry', () => {
		const text = readReal('coalition_deaths')
			.replace('United States', 'x')
			.replace(/^united-states,/m, 'atlantis,');
		expect(() => withFixtures({ coalition_deaths: text })).toThrow(
			/data\/coalition_deaths\.csv:2:1 \(country\): expected one of: .* got "atlantis"/
		);
	});

	it('rejects an editor’s working note in a source’s title, which every edition prints', () => {
		const text = readReal('sources').replace(
			'[Reuters factbox on the US military in Iraq, 2 December 2011]',
			'Reuters factbox (title not stored; URL slug us-iraq-usa-numbers-factbox)'
		);
		expect(() => withFixtures({ sources: text })).toThrow(
			/data\/sources\.csv:\d+:2 \(title\): expected the work’s title, or a supplied title in \[brackets\]/
		);
	});

	it('names the file it was given', () => {
		expect(() =>
			parseDatasets(
				(name) => (name === 'claims' ? 'claim_id\n' : readReal(name)),
				(name) => `elsewhere/${name}.csv`
			)
		).toThrow(/^elsewhere\/claims\.csv:1:0 \(text_quote_ar\): missing column/);
	});
});

describe('parseCsv reads well-formed rows', () => {
	const header = 'month,deaths,wounded_in_action,source_id,quote,note,wounded_source_id';

	it('keeps a blank nullable cell as null, never 0 or NaN', () => {
		const d = withFixtures({ us_casualties_monthly: csv(header, '2011-12,0,,S83,q,,') });
		expect(d.us_casualties_monthly[0]).toMatchObject({
			deaths: 0,
			wounded_in_action: null,
			note: null
		});
	});

	it('splits several source ids', () => {
		const d = withFixtures({ us_casualties_monthly: csv(header, '2003-03,1,2,S83;S21,q,,S83') });
		expect(d.us_casualties_monthly[0]!.source_id).toEqual(['S83', 'S21']);
	});

	it('ignores a byte-order mark and blank lines, and reads columns by name', () => {
		const text =
			'\uFEFF' +
			csv(
				'wounded_source_id,note,quote,source_id,wounded_in_action,deaths,month',
				'',
				'S83,,q,S83,5,4,2004-01'
			);
		const d = withFixtures({ us_casualties_monthly: text });
		expect(d.us_casualties_monthly).toEqual([
			{
				month: '2004-01',
				deaths: 4,
				wounded_in_action: 5,
				source_id: ['S83'],
				wounded_source_id: ['S83'],
				quote: 'q',
				note: null
			}
		]);
	});

	it('keeps a newline inside a quoted cell', () => {
		const d = withFixtures({
			us_casualties_monthly: csv(header, '2003-03,65,208,S83,"two\nlines",,S83')
		});
		expect(d.us_casualties_monthly[0]!.quote).toBe('two\nlines');
	});
});
