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
	it('the invasion force is the four states of S26 plus the Peshmerga; Denmark’s unstated size stays a gap', () => {
		const force = invasionForce(d);
		expect(force.map((f) => [f.country, f.troops])).toEqual([
			['united-states', 250000],
			['peshmerga', 70000],
			['united-kingdom', 45000],
			['australia', 2000],
			['poland', 194],
			['denmark', null]
		]);
	});
	it('the invading states’ troops exclude the Peshmerga ally', () => {
		expect(coalitionInvasionTroops(d)).toEqual({
			value: 250000 + 45000 + 2000 + 194,
			unit: 'troops',
			period: '2003-03',
			sourceIds: ['S26']
		});
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
