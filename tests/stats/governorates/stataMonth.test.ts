import { describe, expect, it } from 'vitest';
import { keyToStataMonth, stataMonthToKey } from '$lib/stats/governorates';

describe('stataMonthToKey(code): months since January 1960', () => {
	const cases = [
		{ code: 0, month: '1960-01' },
		{ code: 11, month: '1960-12' },
		{ code: 12, month: '1961-01' },
		{ code: 516, month: '2003-01' },
		{ code: 518, month: '2003-03' },
		{ code: 529, month: '2004-02' },
		{ code: 539, month: '2004-12' },
		{ code: 540, month: '2005-01' },
		{ code: 589, month: '2009-02' },
		{ code: -1, month: '1959-12' }
	];
	for (const { code, month } of cases) {
		it(`${code} is ${month}`, () => expect(stataMonthToKey(code)).toBe(month));
		it(`${month} is ${code} (the round trip)`, () => expect(keyToStataMonth(month)).toBe(code));
	}
	it('round-trips every month the SIGACT file uses', () => {
		for (let code = 529; code <= 589; code++)
			expect(keyToStataMonth(stataMonthToKey(code))).toBe(code);
	});
	it('refuses a code that is not a whole number', () => {
		expect(() => stataMonthToKey(529.5)).toThrow(RangeError);
		expect(() => stataMonthToKey(Number.NaN)).toThrow(RangeError);
	});
	it('refuses a key that is not a month', () => {
		for (const key of ['2004-13', '2004-00', '2004-2', 'Feb 2004'])
			expect(() => keyToStataMonth(key), key).toThrow(RangeError);
	});
});
