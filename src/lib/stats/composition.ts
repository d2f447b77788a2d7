/**
 * Who sent troops, how many and when they left. Snapshots come from different publications
 * at different dates; they are kept apart by date and never summed across dates.
 */
import { group } from 'd3-array';
import type { CountryId, MonthKey, PartialDate, SourceId } from './brand';
import type { Datasets, Row } from './datasets';
import { reported, type Figure } from './figure';

export interface ForceEntry {
	readonly country: CountryId;
	readonly troops: number | null;
	readonly sourceIds: readonly SourceId[];
	readonly note: string | null;
}

const entry = (r: Row<'coalition_composition'>): ForceEntry => ({
	country: r.country,
	troops: r.troops,
	sourceIds: r.source_id,
	note: r.note
});

/** The March 2003 invasion force by country and ally (Peshmerga), largest first; gaps last. */
export const invasionForce = (d: Datasets): ForceEntry[] =>
	d.coalition_composition
		.filter((r) => r.category === 'invasion_force')
		.map(entry)
		.sort((a, b) => (b.troops ?? -1) - (a.troops ?? -1));

/**
 * US and coalition troops in the theatre as the Pentagon counted them during the invasion (the
 * dated `invasion_total` row for all coalition forces that rests on a reported count). Summing
 * the per-country rows would mix dates and counting rules (the UK's 46,150 counts every person
 * deployed, the US 250,000 those in the region on one day), so it is not done.
 */
export function coalitionInvasionTroops(d: Datasets): Figure {
	const r = d.coalition_composition.find(
		(x) =>
			x.category === 'invasion_total' &&
			x.country === 'all-coalition' &&
			x.date?.startsWith('2003-03-')
	);
	if (!r || r.troops === null || r.date === null)
		throw new Error('coalitionInvasionTroops: no dated all-coalition invasion total');
	return reported({
		value: r.troops,
		unit: 'troops',
		measure: 'troops_in_theatre',
		period: r.date,
		sourceIds: r.source_id,
		qualifier: 'about'
	});
}

export interface TroopMonth {
	readonly month: MonthKey;
	readonly us: number;
	readonly total: number;
	/** All international troops minus US troops. */
	readonly nonUs: number;
	readonly sourceIds: readonly SourceId[];
}

/** US and other-coalition troops in Iraq, month by month. */
export const troopsByMonth = (d: Datasets): TroopMonth[] =>
	[...d.troop_levels_monthly]
		.sort((a, b) => a.month.localeCompare(b.month))
		.map((r) => ({
			month: r.month,
			us: r.us_troops,
			total: r.total_international_troops,
			nonUs: r.total_international_troops - r.us_troops,
			sourceIds: r.source_id
		}));

export interface ForceSnapshot {
	readonly date: PartialDate;
	readonly label: string;
	readonly entries: readonly ForceEntry[];
}

/** Multi-National Force contingents at each dated snapshot, largest first. */
export function mnfSnapshots(d: Datasets): ForceSnapshot[] {
	const rows = d.coalition_composition.filter((r) => r.category === 'mnf_snapshot' && r.date);
	return [...group(rows, (r) => r.date!)]
		.map(([date, rs]) => ({
			date,
			label: rs[0]!.date_label,
			entries: rs.map(entry).sort((a, b) => (b.troops ?? 0) - (a.troops ?? 0))
		}))
		.sort((a, b) => a.date.localeCompare(b.date));
}

export interface Withdrawal {
	readonly country: CountryId;
	readonly date: PartialDate;
	readonly label: string;
	/** `by`: the country had left by this date (exact day unknown); `on`: it left on this date. */
	readonly precision: 'on' | 'by';
	readonly sourceIds: readonly SourceId[];
}

/** Every dated withdrawal, earliest first. */
export const withdrawals = (d: Datasets): Withdrawal[] =>
	d.coalition_composition
		.filter((r) => (r.category === 'withdrawal' || r.category === 'withdrawn_by') && r.date)
		.map((r) => ({
			country: r.country,
			date: r.date!,
			label: r.date_label,
			precision: (r.category === 'withdrawn_by' || r.date_label.startsWith('by ') ? 'by' : 'on') as
				'on' | 'by',
			sourceIds: r.source_id
		}))
		.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
