import { describe, expect, it } from 'vitest';
import { CsvError } from '$lib/stats/csvError';
import { ibcIncidentsFromBytes, parseIbcIncidents } from '$lib/stats/governorates';
import { csv } from '../../helpers';
import { realIncidents } from './raw';

const FILE = 'data/raw/governorates/fixture.csv';
const HEADER = 'Code,Start,end,Min,Max,location,governorate';

/** The error a fixture is rejected with. */
function errorFor(text: string): string {
	try {
		parseIbcIncidents(text, FILE);
	} catch (e) {
		expect(e).toBeInstanceOf(CsvError);
		return (e as Error).message;
	}
	throw new Error('expected the fixture to be rejected');
}

describe('parseIbcIncidents(text, file)', () => {
	it('reads dates as ISO, a blank end as a one-day incident, a blank governorate as null', () => {
		const text = csv(
			HEADER,
			'x073,20-Mar-03,9-Apr-03,1473,2000,19 Baghdad hospitals,Baghdad',
			'k13574,30-Jun-09,,35,35,"Shurja market, Kirkuk",Tameem',
			'a1,5-Jan-05,,4,6,central Iraq,'
		);
		expect(parseIbcIncidents(text, FILE)).toEqual([
			{ start: '2003-03-20', end: '2003-04-09', min: 1473, max: 2000, governorate: 'IQ-BG' },
			{ start: '2009-06-30', end: '2009-06-30', min: 35, max: 35, governorate: 'IQ-KI' },
			{ start: '2005-01-05', end: '2005-01-05', min: 4, max: 6, governorate: null }
		]);
	});

	it('keeps a minimum above the maximum as the source gives it (18 rows do this)', () => {
		const text = csv(HEADER, 'x096f,20-Mar-03,20-Apr-03,7,0,Najaf,Najaf');
		expect(parseIbcIncidents(text, FILE)[0]).toMatchObject({ min: 7, max: 0 });
	});

	const malformed = [
		{
			name: 'a date in another format',
			row: 'a,2003-03-20,,1,1,x,Baghdad',
			expected: `${FILE}:3:2 (Start): expected a real date like 20-Mar-03, got "2003-03-20"`
		},
		{
			name: 'a day that is not in the calendar',
			row: 'a,29-Feb-05,,1,1,x,Baghdad',
			expected: `${FILE}:3:2 (Start): expected a real date like 20-Mar-03, got "29-Feb-05"`
		},
		{
			name: 'a letter in a count',
			row: 'a,1-Feb-05,,1,1O,x,Baghdad',
			expected: `${FILE}:3:5 (Max): expected a whole number ≥ 0 with no separators, got "1O"`
		},
		{
			name: 'a blank minimum',
			row: 'a,1-Feb-05,,,1,x,Baghdad',
			expected: `${FILE}:3:4 (Min): expected a value, got a blank cell`
		},
		{
			name: 'a governorate spelt differently',
			row: 'a,1-Feb-05,,1,1,x,Kirkuk',
			expected: new RegExp(
				`^${FILE}:3:7 \\(governorate\\): expected a governorate spelt as ESOC spells it .*, got "Kirkuk"$`
			)
		},
		{
			name: 'an incident that ends before it starts',
			row: 'a,10-Feb-05,9-Feb-05,1,1,x,Baghdad',
			expected: `${FILE}:3:3 (end): the incident ends (2005-02-09) before it starts (2005-02-10)`
		},
		{
			name: 'a stray comma',
			row: 'a,1-Feb-05,,1,1,x,y,Baghdad',
			expected: `${FILE}:3:0: expected 7 cells, found 8 (a stray comma or quote?)`
		}
	];
	for (const { name, row, expected } of malformed)
		it(`rejects ${name}, naming file, line and column`, () => {
			const message = errorFor(csv(HEADER, 'ok,1-Jan-05,,1,1,x,Baghdad', row));
			if (typeof expected === 'string') expect(message).toBe(expected);
			else expect(message).toMatch(expected);
		});

	it('names the line of a row-level error after blank lines and multi-line cells', () => {
		const text = csv(
			HEADER,
			'a,1-Jan-05,,1,1,"two',
			'lines",Baghdad',
			'',
			'b,3-Jan-05,2-Jan-05,1,1,x,Anbar'
		);
		expect(errorFor(text)).toMatch(/:5:3 \(end\): the incident ends/);
	});
});

describe('ibcIncidentsFromBytes(bytes, file): the stored file, Latin-1 with CR line endings', () => {
	it('reads CR-ended Latin-1 bytes', () => {
		const bytes = Uint8Array.from(
			[...`${HEADER}\ra,1-Jan-05,,2,3,Vehicle \xdb\xf7accidents,Diyala\r`].map((c) =>
				c.charCodeAt(0)
			)
		);
		expect(ibcIncidentsFromBytes(bytes, FILE)).toEqual([
			{ start: '2005-01-01', end: '2005-01-01', min: 2, max: 3, governorate: 'IQ-DI' }
		]);
	});
	it('reads all 21,100 rows of the real file, 2003-03-20 … 2009-06-30', () => {
		const rows = realIncidents();
		expect(rows).toHaveLength(21_100);
		expect(rows.map((r) => r.start).sort()[0]).toBe('2003-03-20');
		expect(
			rows
				.map((r) => r.start)
				.sort()
				.at(-1)
		).toBe('2009-06-30');
	});
	it('sums to the README’s checked totals', () => {
		const rows = realIncidents();
		const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
		expect(sum((r) => r.min)).toBe(92_926);
		expect(sum((r) => r.max)).toBe(101_413);
		expect(sum((r) => (r.governorate === 'IQ-BG' ? r.min : 0))).toBe(48_598);
		expect(sum((r) => (r.governorate === null ? r.min : 0))).toBe(188);
		expect(rows.filter((r) => r.governorate === null)).toHaveLength(29);
		expect(rows.filter((r) => r.min > r.max)).toHaveLength(18);
	});
});
