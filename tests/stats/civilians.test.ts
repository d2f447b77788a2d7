import { describe, expect, it } from 'vitest';
import { ibcByYear, ibcCumulative, ibcPeakMonth, ibcPeakYear, ibcTotal } from '$lib/stats';
import { csv, realData, withFixtures } from '../helpers';

const HEADER = 'month,deaths,value_type,data_vintage,source_id,quote';

describe('IBC aggregates on a synthetic series', () => {
	const d = withFixtures({
		ibc_civilian_deaths_monthly: csv(
			HEADER,
			'2005-12,5,maximum,2012-03-06,S01,q',
			'2005-11,10,maximum,2012-03-06,S01,q',
			'2006-01,30,maximum,2012-03-06,S01,q',
			'2012-01,7,published,2015-01-01,S02,q'
		)
	});
	const cases = [
		{
			name: 'one year',
			args: [2005, 2005],
			expected: { value: 15, period: '2005-11/2005-12', sourceIds: ['S01'] }
		},
		{
			name: 'a span across vintages',
			args: [2005, 2012],
			expected: { value: 52, period: '2005-11/2012-01', sourceIds: ['S01', 'S02'] }
		}
	] as const;
	for (const { name, args, expected } of cases)
		it(`ibcTotal: ${name}`, () =>
			expect(ibcTotal(d, args[0], args[1])).toEqual({
				unit: 'deaths',
				measure: 'documented_civilian_deaths',
				// the site adds IBC's months up: a page must say "our sum", never "IBC's figure"
				basis: 'our_sum',
				qualifier: 'exact',
				status: 'verified',
				...expected
			}));
	it('ibcTotal refuses a span with no data rather than returning 0', () => {
		expect(() => ibcTotal(d, 1999, 2000)).toThrow(/no IBC months/);
	});
	it('rolls up by year and finds the peak year', () => {
		expect(ibcByYear(d).map((y) => [y.year, y.value])).toEqual([
			[2005, 15],
			[2006, 30],
			[2012, 7]
		]);
		expect(ibcPeakYear(d).year).toBe(2006);
	});
	it('runs a cumulative total in month order', () => {
		expect(ibcCumulative(d).map((m) => m.cumulative)).toEqual([10, 15, 45, 52]);
	});
});

describe('IBC on the real data', () => {
	const d = realData();
	it('peaks in 2006 at 28,393, the pack’s computed sum', () => {
		const p = ibcPeakYear(d);
		expect([p.year, p.deaths.value]).toEqual([2006, 28393]);
	});
	it('the deadliest month is the invasion, March 2003; after it, July 2006 (as the pack notes)', () => {
		expect([ibcPeakMonth(d).month, ibcPeakMonth(d).deaths]).toEqual(['2003-03', 3977]);
		expect([ibcPeakMonth(d, '2003-05').month, ibcPeakMonth(d, '2003-05').deaths]).toEqual([
			'2006-07',
			3205
		]);
	});
	it('2003–2013 total is the sum of its 132 months and cites both IBC publications', () => {
		const total = ibcTotal(d, 2003, 2013);
		expect(total.value).toBe(d.ibc_civilian_deaths_monthly.reduce((a, r) => a + r.deaths, 0));
		expect(total.sourceIds).toEqual(['S01', 'S02']);
		expect(ibcCumulative(d).at(-1)!.cumulative).toBe(total.value);
	});
});
