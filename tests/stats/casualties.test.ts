import { describe, expect, it } from 'vitest';
import {
	coalitionCountriesWithDeaths,
	coalitionDeathsNonUs,
	coalitionDeathsTotal,
	countryDeathsTotal,
	countryTotals,
	cumulativeSnapshots,
	usByYear,
	usDeathsTotal,
	usMonthly,
	usOperationTotals,
	usWoundedTotal
} from '$lib/stats';
import { csv, readReal, realData, withFixtures } from '../helpers';

const DEATHS_HEADER =
	'country,measure,period_start,period_end,as_of_label,deaths,status,source_id,quote';

describe('countryTotals on a synthetic table', () => {
	const d = withFixtures({
		coalition_deaths: csv(
			DEATHS_HEADER,
			'united-states,total_war,2003,2011,,100,sourced,S12,q',
			'united-kingdom,total_war,2003,2011,,10,sourced,S12,q',
			'poland,total_war,2003,2011,,1,sourced,S12,q',
			// a second source for one country corroborates, it does not add a bar
			'united-kingdom,total_war,2003,2011-05-22,,10,sourced,S71,q',
			// groups and snapshots are other measures: never summed with countries
			'all-coalition,cumulative_snapshot,2003,2011-12-15,,999,sourced,S14,q',
			'united-states,cumulative_snapshot,2003,2009-03-16,,50,sourced,S98,q'
		)
	});
	it('takes one table, ranked, countries only', () => {
		expect(countryTotals(d).map((c) => [c.country, c.deaths])).toEqual([
			['united-states', 100],
			['united-kingdom', 10],
			['poland', 1]
		]);
	});
	it('derives total, non-US and country count from the same table', () => {
		expect(coalitionDeathsTotal(d).value).toBe(111);
		expect(coalitionDeathsNonUs(d).value).toBe(11);
		expect(coalitionCountriesWithDeaths(d).value).toBe(3);
		expect(countryDeathsTotal(d, 'united-kingdom')).toEqual({
			value: 10,
			unit: 'deaths',
			period: '2003/2011',
			sourceIds: ['S12']
		});
	});
	it('throws for a country the table does not have', () => {
		expect(() => countryDeathsTotal(d, 'italy')).toThrow(/no whole-war total for italy/);
	});
});

describe('usOperationTotals', () => {
	const HEADER = readReal('us_casualties').split('\n')[0]!;
	const row = (op: string, deaths: string, wounded: string, src: string) =>
		`operation_total,${op},2003-03-19,2010-08-31,${deaths},,,${wounded},,sourced,${src},q,`;
	it('adds OIF and OND from the one source that has both with wounded', () => {
		const d = withFixtures({
			us_casualties: csv(
				HEADER,
				row('OIF', '10', '100', 'S17'),
				row('OND', '2', '20', 'S17'),
				row('OIF', '11', '', 'S16')
			)
		});
		expect(usDeathsTotal(d).value).toBe(12);
		expect(usWoundedTotal(d).value).toBe(120);
		expect(usWoundedTotal(d).sourceIds).toEqual(['S17']);
	});
	it('refuses to guess between two complete sources', () => {
		const d = withFixtures({
			us_casualties: csv(
				HEADER,
				row('OIF', '10', '100', 'S17'),
				row('OND', '2', '20', 'S17'),
				row('OIF', '11', '101', 'S16'),
				row('OND', '3', '21', 'S16')
			)
		});
		expect(() => usOperationTotals(d)).toThrow(/found 2/);
	});
});

describe('on the real data', () => {
	const d = realData();
	it('US deaths and wounded are the DoD OIF + OND totals (S17)', () => {
		expect(usDeathsTotal(d)).toEqual({
			value: 4411 + 66,
			unit: 'deaths',
			period: '2003-03-19/2011-12',
			sourceIds: ['S17']
		});
		expect(usWoundedTotal(d).value).toBe(31951 + 295);
	});
	it('the monthly series runs March 2003 – December 2011 and its peak month is November 2004 (137, as S23 says)', () => {
		const months = usMonthly(d);
		expect(months).toHaveLength(106);
		const peakMonth = months.reduce((a, b) => (b.deaths > a.deaths ? b : a));
		expect([peakMonth.month, peakMonth.deaths]).toEqual(['2004-11', 137]);
		const s23 = d.us_casualties.find(
			(r) => r.row_type === 'month_quote' && r.period_start === '2004-11' && r.deaths_total !== null
		);
		expect(peakMonth.deaths).toBe(s23!.deaths_total);
	});
	it('wounded by year flags December 2011 as a gap, not a zero', () => {
		const y2011 = usByYear(d).find((y) => y.year === 2011)!;
		expect(y2011.woundedGaps).toBe(1);
		expect(usMonthly(d).at(-1)!.wounded).toBeNull();
	});
	it('ranks 22 countries from iCasualties (S12), US first, UK second', () => {
		const t = countryTotals(d);
		expect(t).toHaveLength(22);
		expect(t.slice(0, 2).map((c) => [c.country, c.deaths])).toEqual([
			['united-states', 4486],
			['united-kingdom', 179]
		]);
		expect(coalitionDeathsTotal(d).value).toBe(t.reduce((a, c) => a + c.deaths, 0));
	});
	it('dated tallies are in date order and never decrease for the US', () => {
		const us = cumulativeSnapshots(d).flatMap((s) => (s.us === null ? [] : [s.us]));
		expect(us).toEqual([...us].sort((a, b) => a - b));
	});
});
