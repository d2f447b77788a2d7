import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DATASET_NAMES,
	missingMonths,
	type Datasets
} from '$lib/stats';
import { realData } from '../helpers';

const d: Datasets = realData();

describe('every file in data/ is a declared, parsing dataset', () => {
	it('has no CSV outside the declared datasets (nothing escapes validation)', () => {
		const files = readdirSync('data').filter((f) => f.endsWith('.csv'));
		expect(files.sort()).toEqual(DATASET_NAMES.map((n) => `${n}.csv`).sort());
	});
	it('parses every dataset into at least one row', () => {
		for (const name of DATASET_NAMES) expect(d[name].length, name).toBeGreaterThan(0);
	});
});

describe('sources', () => {
	it('has unique ids', () => {
		const ids = d.sources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
	it('is cited by every row of every dataset (checked cell by cell by the parser)', () => {
		const known = new Set(d.sources.map((s) => s.id));
		for (const name of DATASET_NAMES) {
			if (name === 'sources') continue;
			for (const row of d[name]) {
				const ids = 'source_id' in row ? row.source_id : row.source_ids;
				expect(ids.length).toBeGreaterThan(0);
				for (const id of ids) expect(known.has(id), `${name}: ${id}`).toBe(true);
			}
		}
	});
});

/** Keys that must be unique per dataset: a duplicate would be counted twice. */
const KEYS: { [N in keyof Datasets]?: (row: Datasets[N][number]) => string } = {
	us_casualties_monthly: (r) => r.month,
	ibc_civilian_deaths_monthly: (r) => r.month,
	troop_levels_monthly: (r) => r.month,
	coalition_deaths: (r) =>
		[r.country, r.measure, r.period_start, r.period_end, r.as_of_label, r.source_id].join('|'),
	coalition_composition: (r) => [r.category, r.country, r.date, r.source_id].join('|'),
	ibc_published_totals: (r) =>
		[r.kind, r.period_start, r.period_end, r.value_type, r.data_vintage, r.source_id].join('|'),
	death_estimates: (r) => r.estimate_id,
	invasion_timeline: (r) => r.event_id,
	war_costs: (r) => r.estimate_id,
	force_counts: (r) => r.item,
	claims: (r) => r.claim_id
};

describe('no duplicate keys', () => {
	for (const [name, key] of Object.entries(KEYS)) {
		it(name, () => {
			const keys = (d[name as keyof Datasets] as object[]).map((r) => (key as (r: object) => string)(r));
			const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
			expect(dupes).toEqual([]);
		});
	}
});

describe('monthly series have no missing month', () => {
	const cases = [
		{ name: 'US casualties', months: d.us_casualties_monthly.map((r) => r.month), first: '2003-03', last: '2011-12' },
		{ name: 'IBC civilian deaths', months: d.ibc_civilian_deaths_monthly.map((r) => r.month), first: '2003-01', last: '2013-12' },
		{ name: 'troop levels', months: d.troop_levels_monthly.map((r) => r.month), first: '2003-05', last: '2010-08' }
	];
	for (const { name, months, first, last } of cases) {
		it(`${name}: ${first} to ${last}, every month once`, () => {
			const sorted = [...months].sort();
			expect(sorted[0]).toBe(first);
			expect(sorted.at(-1)).toBe(last);
			expect(missingMonths(sorted)).toEqual([]);
		});
	}
});

describe('rows with documented relations hold', () => {
	it('hostile + non-hostile = total deaths, except where the source itself is inconsistent', () => {
		for (const r of d.us_casualties) {
			if (r.deaths_total === null || r.deaths_hostile === null || r.deaths_non_hostile === null) continue;
			const adds = r.deaths_hostile + r.deaths_non_hostile === r.deaths_total;
			expect(adds, `${r.source_id} ${r.period_end}`).toBe(r.status !== 'inconsistent_in_source');
		}
	});
	it('IBC ranges have low ≤ high', () => {
		for (const r of d.ibc_published_totals)
			if (r.deaths_low !== null && r.deaths_high !== null) expect(r.deaths_low).toBeLessThanOrEqual(r.deaths_high);
	});
	it('estimate bounds bracket the central value', () => {
		for (const e of d.death_estimates) {
			if (e.central !== null && e.low !== null) expect(e.low, e.estimate_id).toBeLessThanOrEqual(e.central);
			if (e.central !== null && e.high !== null) expect(e.high, e.estimate_id).toBeGreaterThanOrEqual(e.central);
			expect(e.central !== null || (e.low !== null && e.high !== null), e.estimate_id).toBe(true);
		}
	});
	it('total international troops are never fewer than US troops', () => {
		for (const r of d.troop_levels_monthly) expect(r.total_international_troops).toBeGreaterThanOrEqual(r.us_troops);
	});
	it('mapped events have both coordinates, inside the region around Iraq', () => {
		for (const e of d.invasion_timeline) {
			expect(e.latitude === null, e.event_id).toBe(e.longitude === null);
			if (e.latitude === null || e.longitude === null) continue;
			expect(e.latitude).toBeGreaterThan(29);
			expect(e.latitude).toBeLessThan(38);
			expect(e.longitude).toBeGreaterThan(38);
			expect(e.longitude).toBeLessThan(49);
		}
	});
});
