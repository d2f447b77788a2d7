import { describe, expect, it } from 'vitest';
import {
	costEstimates,
	costFigure,
	estimateFigure,
	estimates,
	estimatesByMeasure,
	fiscalYearFunding
} from '$lib/stats';
import { formatUsd, settingsFor } from '$lib/i18n';
import { realData } from '../helpers';

const d = realData();

describe('death estimates', () => {
	it('are grouped by what they measure, and every current estimate lands in exactly one group', () => {
		const groups = estimatesByMeasure(d);
		expect(groups.map((g) => g.measureType)).toEqual([
			'documented_civilian',
			'documented_all',
			'violent_survey',
			'excess_survey'
		]);
		const current = d.death_estimates.filter((r) => r.status !== 'superseded');
		expect(groups.reduce((a, g) => a + g.items.length, 0)).toBe(current.length);
	});
	it('no group mixes two measures, two populations of a survey, or civilians with everyone', () => {
		for (const g of estimatesByMeasure(d)) {
			expect(new Set(g.items.map((e) => e.measureType)).size, g.measureType).toBe(1);
			if (g.measureType === 'documented_civilian')
				expect(g.items.every((e) => e.population === 'civilians')).toBe(true);
			if (g.measureType === 'documented_all')
				expect(g.items.some((e) => e.population === 'civilians')).toBe(false);
		}
	});
	it('keep IBC as a range with no invented central value', () => {
		const ibc = estimatesByMeasure(d)[0]!.items.find((e) => e.id === 'ibc-2013')!;
		expect([ibc.central, ibc.low, ibc.high]).toEqual([null, 112017, 122438]);
		expect(() => estimateFigure(d, 'ibc-2013')).toThrow(/no central value/);
	});
	it('leave out the superseded ORB poll', () => {
		expect(estimates(d).find((e) => e.id === 'orb-2007')!.superseded).toBe(true);
		const all = estimatesByMeasure(d).flatMap((g) => g.items.map((e) => e.id));
		expect(all).not.toContain('orb-2007');
	});
	it('draw an interval only where the source gives one: 461,000 has none, 405,000 keeps its own', () => {
		const byId = new Map(estimates(d).map((e) => [e.id, e]));
		expect(byId.get('plos-2013-migration')).toMatchObject({
			central: 461000,
			low: null,
			high: null
		});
		expect(byId.get('plos-2013')).toMatchObject({ central: 405000, low: 48000, high: 751000 });
		for (const e of estimates(d)) expect(e.low === null, e.id).toBe(e.interval === null);
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
		expect(costFigure(d, 'crs-2014-iraq-fy2001-2014')).toMatchObject({
			value: 815_000_000_000,
			unit: 'usd',
			measure: 'us_war_appropriations_iraq',
			period: 'FY2001/FY2014',
			sourceIds: ['S109', 'S108', 'S50']
		});
	});
	it('Costs of War totals are Iraq-and-Syria figures, and say so in their measure', () => {
		expect(costFigure(d, 'cow-2023-incl-veterans-2050').measure).toBe(
			'us_war_budgetary_cost_iraq_syria'
		);
		for (const c of costEstimates(d).filter((c) => c.label.en.startsWith('Costs of War')))
			expect(c.geography, c.id).toBe('iraq_syria');
	});
	it('State Department and USAID spending is a part of the spending, not a cost estimate', () => {
		const part = costEstimates(d).find((c) => c.id === 'cow-2020-state-usaid')!;
		expect([part.kind, part.counts]).toEqual(['component', 'state_usaid_spending']);
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
