/**
 * The cleaned files in data/ were derived from the reference pack kept verbatim in
 * data/raw/reference-pack/. These tests prove nothing was invented or "fixed" on the way:
 * every number in a cleaned row appears in the raw pack in a row citing the same source,
 * and the pack's own computed sums and stated totals are reproduced by the module.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
	cumulativeSnapshots,
	DATASET_NAMES,
	fiscalYearFunding,
	fiscalYearFundingTotal,
	ibcByYear,
	troopsByMonth,
	usByYear,
	type Datasets
} from '$lib/stats';
import { realData } from '../helpers';

const d: Datasets = realData();
const RAW = 'data/raw/reference-pack';
const raw = (file: string) => csvParse(readFileSync(`${RAW}/${file}`, 'utf8'));
const RAW_FILES = [
	'coalition_deaths_by_country_year.csv',
	'us_casualties_by_year.csv',
	'coalition_composition.csv',
	'civilian_deaths_ibc.csv',
	'civilian_estimates.csv',
	'invasion_timeline.csv',
	'costs.csv',
	'troop_levels_by_month.csv',
	'claims.csv'
];

/**
 * Later research passes, kept verbatim beside the pack: one row per source, whose notes or
 * quote hold the figures that source gives (the second pass's `sources_upgrade.csv`, and this
 * project's own additions with the quote each figure was taken from).
 */
const RESEARCH_SOURCE_FILES = [
	'data/raw/reference-upgrade/upgrade_sources.csv',
	'data/raw/research-2026-11/added_sources.csv'
];

const numbersIn = (text: string): number[] =>
	text.match(/\d[\d,]*(\.\d+)?/g)?.map((n) => Number(n.replace(/,/g, ''))) ?? [];

/** Every number written anywhere in a raw row (cells and quotes), keyed by each source it cites. */
export function rawNumbersBySource(): Map<string, Set<number>> {
	const bySource = new Map<string, Set<number>>();
	const add = (source: string, numbers: number[]) => {
		const set = bySource.get(source) ?? new Set<number>();
		for (const n of numbers) set.add(n);
		bySource.set(source, set);
	};
	for (const file of RAW_FILES) {
		for (const row of raw(file)) {
			const sources = (row.source_id ?? row.source_ids ?? '').split(/[;\s]+/).filter(Boolean);
			const numbers = numbersIn(Object.values(row).join(' '));
			for (const s of sources) add(s, numbers);
		}
	}
	for (const file of RESEARCH_SOURCE_FILES)
		for (const row of csvParse(readFileSync(file, 'utf8')))
			add(row.id!, numbersIn(Object.values(row).join(' ')));
	return bySource;
}

describe('provenance: every figure in data/ is in the reference pack, under the same source', () => {
	const bySource = rawNumbersBySource();
	for (const name of DATASET_NAMES) {
		if (name === 'sources' || name === 'claims') continue;
		it(name, () => {
			const untraced: string[] = [];
			for (const row of d[name] as readonly Record<string, unknown>[]) {
				const ids = (row.source_id ?? row.source_ids) as string[];
				for (const [column, value] of Object.entries(row)) {
					if (typeof value !== 'number') continue;
					const found = ids.some((id) => bySource.get(id)?.has(value));
					if (!found) untraced.push(`${column}=${value} (${ids.join(';')})`);
				}
			}
			expect(untraced).toEqual([]);
		});
	}
});

describe('provenance of the text’s claims', () => {
	const seed = readFileSync('data/raw/iraq-war-ar.txt', 'utf8');
	it('every claimed number is one the pack read from the text, or is in the claim’s exact quote of it', () => {
		const pack = new Map(raw('claims.csv').map((r) => [r.claim_id!, Object.values(r).join(' ')]));
		for (const c of d.claims) {
			if (c.claimed_value === null) continue;
			// C06B is the pack's C06 (tanks and Bradleys) split in two; C03B is the clause after
			// C03's that the pack did not rate (its 45 minutes are in its own quote of the text)
			const row = pack.get(c.claim_id.replace(/B$/, '')) ?? '';
			const read = [...numbersIn(row), ...numbersIn(c.text_quote_ar)];
			expect(read, c.claim_id).toContain(c.claimed_value);
		}
	});
	it('every claim quotes the text exactly as written', () => {
		for (const c of d.claims) expect(seed.includes(c.text_quote_ar), c.claim_id).toBe(true);
	});
	it('every figure an explanation names (100 or more, not a year) is in one of the claim’s sources', () => {
		const bySource = rawNumbersBySource();
		const isYear = (n: number) => n >= 1900 && n <= 2100;
		const untraced: string[] = [];
		for (const c of d.claims)
			for (const n of numbersIn(c.explanation_en))
				if (n >= 100 && !isYear(n) && n !== c.claimed_value)
					if (!c.source_ids.some((id) => bySource.get(id)?.has(n)))
						untraced.push(`${c.claim_id}: ${n}`);
		expect(untraced).toEqual([]);
	});
});

describe('iCasualties’ own rows (S104) corroborate the monthly US deaths they are cited for', () => {
	it('recounting the raw export by month gives every S104 month its value, and S104 is cited nowhere else', () => {
		const byMonth = new Map<string, number>();
		for (const r of csvParse(readFileSync('data/raw/icasualties/us_deaths_by_row_S104.csv', 'utf8'))) {
			const [m, , y] = r.date!.split('/');
			const key = `${y}-${m!.padStart(2, '0')}`;
			byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
		}
		expect([...byMonth.values()].reduce((a, b) => a + b, 0)).toBe(4486);
		const cited = d.us_casualties_monthly.filter((r) => r.source_id.includes('S104' as never));
		expect(cited.length).toBeGreaterThan(100);
		for (const r of cited) expect(byMonth.get(r.month) ?? 0, r.month).toBe(r.deaths);
		for (const r of d.us_casualties_monthly.filter((r) => !r.source_id.includes('S104' as never)))
			expect(byMonth.get(r.month) ?? 0, r.month).not.toBe(r.deaths);
	});
});

describe('the module reproduces the pack’s computed sums', () => {
	const usComputed = raw('us_casualties_by_year.csv').filter((r) => r.row_type === 'year_computed');
	it('US deaths and wounded by year equal the pack’s sums of the S83 months', () => {
		expect(usByYear(d).map((y) => [y.year, y.deaths, y.wounded])).toEqual(
			usComputed.map((r) => [Number(r.period), Number(r.deaths_total), Number(r.wounded_in_action)])
		);
	});
	it('US deaths 2003–2006 agree with the independent AFP tally (S85)', () => {
		const afp = d.us_casualties.filter((r) => r.row_type === 'year_check' && r.source_id.includes('S85' as never));
		const byYear = new Map(usByYear(d).map((y) => [String(y.year), y.deaths]));
		for (const r of afp.filter((r) => Number(r.period_start) <= 2006))
			expect(byYear.get(r.period_start!), r.period_start!).toBe(r.deaths_total);
	});
	it('IBC yearly totals equal the pack’s sums for 2003–2011 and IBC’s published 2012–2013 table', () => {
		const ibcComputed = raw('civilian_deaths_ibc.csv').filter((r) => r.granularity === 'year_computed');
		const byYear = new Map(ibcByYear(d).map((y) => [y.year, y.value]));
		for (const r of ibcComputed) expect(byYear.get(Number(r.period)), r.period).toBe(Number(r.civilian_deaths));
		const table = d.ibc_published_totals.filter(
			(r) => r.kind === 'year' && r.source_id.includes('S02' as never) && r.value_type !== 'published (text)'
		);
		expect(table.length).toBe(2);
		for (const r of table) expect(byYear.get(Number(r.period_start))).toBe(r.deaths);
	});
	it('non-US troops equal the pack’s computed column', () => {
		const pack = raw('troop_levels_by_month.csv');
		expect(troopsByMonth(d).map((m) => m.nonUs)).toEqual(pack.map((r) => Number(r.non_us_troops_computed)));
	});
});

describe('per-country rows sum to the totals the sources state', () => {
	it('every dated tally with a stated total: US + UK + other = total', () => {
		const withTotal = cumulativeSnapshots(d).filter((s) => s.statedTotal !== null);
		expect(withTotal.map((s) => s.date)).toEqual(['2003-12-18', '2009-03-16', '2011-12-15']);
		for (const s of withTotal) expect(s.us! + s.uk! + s.other!, s.date).toBe(s.statedTotal);
	});
	it('the undated Wikipedia snapshot (S13): its country rows sum to its stated 4,777', () => {
		const rows = d.coalition_deaths.filter((r) => r.source_id.includes('S13' as never));
		const total = rows.find((r) => r.country === 'all-coalition')!.deaths;
		const parts = rows.filter((r) => r.country !== 'all-coalition').reduce((a, r) => a + r.deaths, 0);
		expect(parts).toBe(total);
	});
	it('CRS per-fiscal-year funding sums to the row total the table prints', () => {
		const printed = d.war_costs.find((r) => r.estimate_id === 'crs-belasco-fy2003-2013-total')!;
		expect(fiscalYearFunding(d)).toHaveLength(11);
		expect(fiscalYearFundingTotal(d)).toBe(printed.amount_usd);
	});
});
