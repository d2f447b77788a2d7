/**
 * Published estimates of Iraqi deaths. They measure different things: deaths someone documented
 * (of civilians, or of everyone), violent deaths estimated by a survey, excess deaths from all
 * causes estimated by a survey. They are grouped by that measure and never averaged, ranked or
 * compared across groups.
 */
import type { Texts } from './texts';
import type { PartialDate, SourceId } from './brand';
import { MEASURE_TYPES, type Datasets, type Row } from './datasets';
import { reported, type Figure } from './figure';
import { standaloneBy } from './sourced';

export type MeasureType = Row<'death_estimates'>['measure_type'];
export const MEASURE_ORDER: readonly MeasureType[] = MEASURE_TYPES;

export interface Estimate {
	readonly id: string;
	readonly name: Texts;
	readonly measureType: MeasureType;
	readonly population: Row<'death_estimates'>['population'];
	readonly geography: Row<'death_estimates'>['geography'];
	readonly measure: string;
	readonly method: string;
	readonly periodStart: PartialDate;
	readonly periodEnd: PartialDate;
	/** Null when the source gives only a range (IBC's minimum–maximum). */
	readonly central: number | null;
	/** Only when the source gives an interval; null otherwise, and nothing is drawn. */
	readonly low: number | null;
	readonly high: number | null;
	readonly interval: Row<'death_estimates'>['interval'];
	readonly superseded: boolean;
	readonly sourceIds: readonly SourceId[];
	/**
	 * A primary, official, peer-reviewed or press source gives it. When not (Lancet 2004's
	 * stored copy, ORB's press release), every text that prints it says so (`estimateText`).
	 */
	readonly standalone: boolean;
	/** An opinion poll (ORB), not a mortality survey: every label that names its measure says so. */
	readonly poll: boolean;
}

export function estimates(d: Datasets): Estimate[] {
	const standalone = standaloneBy(d);
	return d.death_estimates.map((r) => ({
		id: r.estimate_id,
		name: { en: r.name_en, ar: r.name_ar, ckb: r.name_ckb },
		measureType: r.measure_type,
		population: r.population,
		geography: r.geography,
		measure: r.measure,
		method: r.method,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		central: r.central,
		low: r.interval ? r.low : null,
		high: r.interval ? r.high : null,
		interval: r.interval,
		superseded: r.status === 'superseded',
		sourceIds: r.source_id,
		standalone: standalone(r.source_id),
		poll: r.method.startsWith('opinion poll')
	}));
}

/**
 * Current estimates grouped by what they measure, in a fixed order; within a group by period
 * end. A superseded estimate (ORB's first poll, revised by ORB itself) is left out.
 */
export function estimatesByMeasure(d: Datasets): { measureType: MeasureType; items: Estimate[] }[] {
	const all = estimates(d).filter((e) => !e.superseded);
	return MEASURE_ORDER.map((measureType) => ({
		measureType,
		items: all
			.filter((e) => e.measureType === measureType)
			.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id))
	}));
}

const FIGURE_MEASURE: Partial<Record<MeasureType, Figure['measure']>> = {
	documented_civilian: 'documented_civilian_deaths',
	excess_survey: 'excess_deaths_survey'
};

/** The central value of one estimate as a figure; throws if it has only a range. */
export function estimateFigure(d: Datasets, id: string): Figure {
	const e = estimates(d).find((x) => x.id === id);
	if (!e || e.central === null) throw new Error(`estimateFigure: no central value for ${id}`);
	const measure = FIGURE_MEASURE[e.measureType];
	if (!measure)
		throw new Error(`estimateFigure: ${id} measures ${e.measureType}, not a headline measure`);
	return reported({
		value: e.central,
		unit: 'deaths',
		measure,
		period: `${e.periodStart}/${e.periodEnd}`,
		sourceIds: e.sourceIds,
		qualifier: 'about'
	});
}
