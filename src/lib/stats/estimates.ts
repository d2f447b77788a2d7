/**
 * Published estimates of Iraqi deaths. They count different things (documented civilian
 * deaths, violent deaths, excess deaths from all causes) over different periods, so they are
 * grouped by what they count and never averaged or ranked as one measure.
 */
import type { PartialDate, SourceId } from './brand';
import type { Datasets, Row } from './datasets';
import type { Figure } from './figure';

export type Counts = Row<'death_estimates'>['counts'];
export const COUNTS_ORDER: readonly Counts[] = ['documented', 'violent', 'excess'];

export interface Estimate {
	readonly id: string;
	readonly name: { readonly en: string; readonly ar: string };
	readonly counts: Counts;
	readonly population: Row<'death_estimates'>['population'];
	readonly measure: string;
	readonly method: string;
	readonly periodStart: PartialDate;
	readonly periodEnd: PartialDate;
	readonly periodLabel: string;
	/** Null when the source gives only a range (IBC's minimum–maximum). */
	readonly central: number | null;
	readonly low: number | null;
	readonly high: number | null;
	readonly superseded: boolean;
	readonly sourceIds: readonly SourceId[];
}

export const estimates = (d: Datasets): Estimate[] =>
	d.death_estimates.map((r) => ({
		id: r.estimate_id,
		name: { en: r.name_en, ar: r.name_ar },
		counts: r.counts,
		population: r.population,
		measure: r.measure,
		method: r.method,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		periodLabel: r.period_label,
		central: r.central,
		low: r.low,
		high: r.high,
		superseded: r.status === 'superseded',
		sourceIds: r.source_id
	}));

/** Estimates grouped by what they count, in a fixed order; within a group by period end. */
export function estimatesByCounts(d: Datasets): { counts: Counts; items: Estimate[] }[] {
	const all = estimates(d);
	return COUNTS_ORDER.map((counts) => ({
		counts,
		items: all
			.filter((e) => e.counts === counts)
			.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id))
	}));
}

/** The central value of one estimate as a figure; throws if it has only a range. */
export function estimateFigure(d: Datasets, id: string): Figure {
	const e = estimates(d).find((x) => x.id === id);
	if (!e || e.central === null) throw new Error(`estimateFigure: no central value for ${id}`);
	return {
		value: e.central,
		unit: 'deaths',
		period: `${e.periodStart}/${e.periodEnd}`,
		sourceIds: e.sourceIds
	};
}
