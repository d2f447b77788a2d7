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
			'united-states,cumulative_snapshot,2003,2011-12-15,,900,sourced,S14,q',
			'united-kingdom,cumulative_snapshot,2003,2011-12-15,,50,sourced,S14,q',
			'other-nations,cumulative_snapshot,2003,2011-12-15,,49,sourced,S14,q',
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
	it('a second source giving a country the same number is listed with that bar', () => {
		expect(countryTotals(d).find((c) => c.country === 'united-kingdom')!.sourceIds).toEqual([
			'S12',
			'S71'
		]);
		expect(countryTotals(d).find((c) => c.country === 'poland')!.sourceIds).toEqual(['S12']);
	});
	it('the coalition total is the latest dated tally with a stated total, never the sum of bars', () => {
		expect(coalitionDeathsTotal(d)).toMatchObject({
			value: 999,
			period: '2003-03/2011-12-15',
			sourceIds: ['S14'],
			basis: 'reported'
		});
		expect(coalitionDeathsNonUs(d)).toMatchObject({ value: 99, basis: 'our_sum' });
	});
	it('the count of countries comes from the table and is marked unverified', () => {
		expect(coalitionCountriesWithDeaths(d)).toMatchObject({ value: 3, status: 'unverified' });
	});
	it('a country total is the table’s, with every whole-war source that agrees', () => {
		expect(countryDeathsTotal(d, 'united-kingdom')).toMatchObject({
			value: 10,
			unit: 'deaths',
			period: '2003-03/2011-05-22',
			sourceIds: ['S12', 'S71']
		});
	});
	it('throws for a country the table does not have', () => {
		expect(() => countryDeathsTotal(d, 'italy')).toThrow(/no whole-war total for italy/);
	});
});

describe('the Defense Department tally', () => {
	const HEADER = readReal('us_casualties').split('\n')[0]!;
	const row = (end: string, deaths: string, wounded: string, src: string) =>
		`dod_tally,OIF+OND,2003-03-19,${end},${deaths},,,${wounded},,sourced,${src},q,`;
	it('takes the latest dated tally that gives each figure', () => {
		const d = withFixtures({
			us_casualties: csv(
				HEADER,
				row('2011-11-01', '10', '100', 'S170'),
				row('2011-12-01', '12', '', 'S169'),
				// other row types are alternatives, never the headline
				`war_total,OIF+OND,2003-03,2012-01-01,99,,,999,,sourced,S22,q,`
			)
		});
		expect(usDeathsTotal(d)).toMatchObject({
			value: 12,
			period: '2003-03-19/2011-12-01',
			sourceIds: ['S169'],
			measure: 'us_military_deaths'
		});
		expect(usWoundedTotal(d)).toMatchObject({
			value: 100,
			sourceIds: ['S170'],
			measure: 'us_wounded_in_action'
		});
	});
	it('refuses to fall back on another kind of count', () => {
		const d = withFixtures({
			us_casualties: csv(HEADER, `war_total,OIF+OND,2003-03,2012-01-01,99,,,999,,sourced,S22,q,`)
		});
		expect(() => usDeathsTotal(d)).toThrow(/no Defense Department tally/);
	});
});

describe('on the real data', () => {
	const d = realData();
	it('US deaths and wounded are the Defense Department’s end-of-war tally, as Reuters and AP reported it', () => {
		expect(usDeathsTotal(d)).toMatchObject({
			value: 4486,
			period: '2003-03-19/2011-12-01',
			sourceIds: ['S169']
		});
		expect(usWoundedTotal(d)).toMatchObject({ value: 32226, sourceIds: ['S170'] });
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
	it('ranks 22 countries from iCasualties (S12), US first, UK second, each with its corroboration', () => {
		const t = countryTotals(d);
		expect(t).toHaveLength(22);
		expect(t.slice(0, 2).map((c) => [c.country, c.deaths])).toEqual([
			['united-states', 4486],
			['united-kingdom', 179]
		]);
		// iCasualties' own rows (S104) confirm the US bar; the Ministry of Defence the UK's
		expect(t[0]!.sourceIds).toContain('S104');
		expect(t[1]!.sourceIds).toContain('S105');
	});
	it('the coalition total is Reuters’ end-of-war tally, whose parts add up', () => {
		const tally = cumulativeSnapshots(d).at(-1)!;
		expect(coalitionDeathsTotal(d)).toMatchObject({ value: 4805, sourceIds: ['S14'] });
		expect(tally.us! + tally.uk! + tally.other!).toBe(4805);
		expect(coalitionDeathsNonUs(d).value).toBe(tally.uk! + tally.other!);
	});
	it('UK deaths rest on the Ministry of Defence', () => {
		expect(countryDeathsTotal(d, 'united-kingdom')).toMatchObject({ value: 179 });
		expect(countryDeathsTotal(d, 'united-kingdom').sourceIds).toContain('S105');
	});
	it('dated tallies are in date order and never decrease for the US', () => {
		const us = cumulativeSnapshots(d).flatMap((s) => (s.us === null ? [] : [s.us]));
		expect(us).toEqual([...us].sort((a, b) => a - b));
	});
});
