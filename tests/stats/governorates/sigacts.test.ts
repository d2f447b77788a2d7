import { describe, expect, it } from 'vitest';
import { parseSigacts } from '$lib/stats/governorates';
import { csv } from '../../helpers';
import { realSigacts } from './raw';

const FILE = 'data/raw/governorates/sigacts-fixture.csv';
const HEADER = 'governorate,month,SIGACT,SIG_1';

describe('parseSigacts(text, file)', () => {
	it('reads the Stata month and keeps a blank governorate as null', () => {
		expect(parseSigacts(csv(HEADER, ',529,0,0', 'Tameem,540,12,3'), FILE)).toEqual([
			{ governorate: null, month: '2004-02', sigact: 0 },
			{ governorate: 'IQ-KI', month: '2005-01', sigact: 12 }
		]);
	});
	const malformed = [
		{
			name: 'a month written as a date',
			row: 'Anbar,2004-02,1,1',
			expected: `${FILE}:3:2 (month): expected a Stata monthly code (a whole number, 529 = 2004-02), got "2004-02"`
		},
		{
			name: 'a negative count',
			row: 'Anbar,530,-1,1',
			expected: `${FILE}:3:3 (SIGACT): expected a whole number ≥ 0 with no separators, got "-1"`
		},
		{
			name: 'a governorate-month given twice',
			row: 'Anbar,529,5,5',
			expected: `${FILE}:3:0: IQ-AN in 2004-02 is given twice`
		}
	];
	for (const { name, row, expected } of malformed)
		it(`rejects ${name}, naming file, line and column`, () =>
			expect(() => parseSigacts(csv(HEADER, 'Anbar,529,1,1', row), FILE)).toThrow(expected));
});

describe('the real SIGACT file', () => {
	const rows = realSigacts();
	it('has 1,159 rows: 19 places (18 and a blank) × 61 months', () => {
		expect(rows).toHaveLength(1_159);
		expect(new Set(rows.map((r) => r.month)).size).toBe(61);
	});
	it('has only zeros where the governorate is blank', () =>
		expect(rows.filter((r) => r.governorate === null).every((r) => r.sigact === 0)).toBe(true));
});
