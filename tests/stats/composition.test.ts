import { describe, expect, it } from 'vitest';
import {
	coalitionInvasionTroops,
	invasionForce,
	mnfSnapshots,
	troopsByMonth,
	withdrawals
} from '$lib/stats';
import { realData } from '../helpers';

const d = realData();

describe('coalition composition', () => {
	it('the invasion force is the four states plus the Peshmerga; Denmark’s unstated size stays a gap', () => {
		const force = invasionForce(d);
		expect(force.map((f) => [f.country, f.troops])).toEqual([
			['united-states', 250000],
			['peshmerga', 70000],
			['united-kingdom', 46150],
			['australia', 2000],
			['poland', 194],
			['denmark', null]
		]);
	});
	it('the UK force is the Iraq Inquiry’s 46,150; the 45,000 of a Wikipedia copy is kept only as an alternative', () => {
		const uk = invasionForce(d).find((f) => f.country === 'united-kingdom')!;
		expect(uk.sourceIds).toEqual(['S106', 'S136']);
		const alt = d.coalition_composition.filter(
			(r) => r.category === 'invasion_force_alternative' && r.country === 'united-kingdom'
		);
		expect(alt.map((r) => r.troops)).toEqual([45000]);
	});
	it('the invasion total is the Pentagon’s own count, not a sum of rows with different dates', () => {
		expect(coalitionInvasionTroops(d)).toMatchObject({
			value: 290000,
			unit: 'troops',
			measure: 'troops_in_theatre',
			period: '2003-03-26',
			sourceIds: ['S133', 'S134'],
			qualifier: 'about'
		});
		const us = invasionForce(d).find((f) => f.country === 'united-states')!.troops!;
		expect(us).toBeLessThan(coalitionInvasionTroops(d).value);
	});
	it('monthly troops: US peak 171,000 in October 2007; non-US falls to 0 by August 2009', () => {
		const months = troopsByMonth(d);
		const peak = months.reduce((a, b) => (b.us > a.us ? b : a));
		expect([peak.month, peak.us]).toEqual(['2007-10', 171000]);
		expect(months[0]!.nonUs).toBe(23000);
		expect(months.find((m) => m.month === '2009-08')!.nonUs).toBe(0);
	});
	it('MNF snapshots are separate by date and ordered', () => {
		const snaps = mnfSnapshots(d);
		expect(snaps.map((s) => s.date)).toEqual(['2003-12', '2005-01', '2005-04', '2006', '2007-02']);
		expect(snaps.at(-1)!.entries[0]!.country).toBe('united-states');
	});
	it('withdrawals are dated, earliest first, with "by" for approximate dates', () => {
		const w = withdrawals(d);
		expect(w[0]).toMatchObject({ date: '2005-01', precision: 'by' });
		expect(w.at(-1)).toMatchObject({
			country: 'united-states',
			date: '2011-12-18',
			precision: 'on'
		});
		expect(w.find((x) => x.country === 'non-us-coalition')).toMatchObject({
			precision: 'by',
			date: '2011-05'
		});
	});
});
