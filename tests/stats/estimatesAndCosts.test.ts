import { describe, expect, it } from 'vitest';
import {
	costEstimates,
	costFigure,
	estimateFigure,
	estimatesByCounts,
	fiscalYearFunding,
	formatUsd,
	settingsFor
} from '$lib/stats';
import { realData } from '../helpers';

const d = realData();

describe('death estimates', () => {
	it('are grouped documented → violent → excess and every estimate lands in one group', () => {
		const groups = estimatesByCounts(d);
		expect(groups.map((g) => g.counts)).toEqual(['documented', 'violent', 'excess']);
		expect(groups.reduce((a, g) => a + g.items.length, 0)).toBe(d.death_estimates.length);
	});
	it('keep IBC as a range with no invented central value', () => {
		const ibc = estimatesByCounts(d)[0]!.items.find((e) => e.id === 'ibc-2013')!;
		expect([ibc.central, ibc.low, ibc.high]).toEqual([null, 112017, 122438]);
		expect(() => estimateFigure(d, 'ibc-2013')).toThrow(/no central value/);
	});
	it('mark the superseded ORB poll', () => {
		const orb = estimatesByCounts(d)[1]!.items.find((e) => e.id === 'orb-2007')!;
		expect(orb.superseded).toBe(true);
	});
});

describe('war costs', () => {
	it('reads fiscal years from the period, FY2003–FY2013', () => {
		expect(fiscalYearFunding(d).map((c) => c.fiscalYear)).toEqual([
			2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013
		]);
	});
	it('marks FY2012–13 as requests, not spending', () => {
		expect(
			fiscalYearFunding(d)
				.filter((c) => c.status === 'request_or_estimate')
				.map((c) => c.fiscalYear)
		).toEqual([2012, 2013]);
	});
	it('a cost figure carries its fiscal-year period', () => {
		expect(costFigure(d, 'crs-2014-iraq-fy2001-2014')).toEqual({
			value: 815_000_000_000,
			unit: 'usd',
			period: 'FY2001/FY2014',
			sourceIds: ['S50']
		});
	});
	it('formatting never rounds an amount away: every amount reads back exactly', () => {
		const en = settingsFor('en');
		const SCALE: Record<string, number> = { billion: 1e9, trillion: 1e12, million: 1e6 };
		for (const c of costEstimates(d)) {
			const m = formatUsd(c.usd, en).match(/^\$([\d.]+) (\w+)$/);
			expect(m, formatUsd(c.usd, en)).not.toBeNull();
			expect(Math.round(Number(m![1]) * SCALE[m![2]!]!)).toBe(c.usd);
		}
	});
});
