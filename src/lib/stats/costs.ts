/**
 * What the war cost the US. Amounts are nominal dollars in each source's own scope
 * (appropriations, budgetary costs incl. veterans' care, full economic cost): not additive.
 */
import type { Texts } from './texts';
import { sum } from 'd3-array';
import type { SourceId } from './brand';
import type { Datasets, Row } from './datasets';
import { interval, reported, type Figure } from './figure';

export type CostKind = Row<'war_costs'>['kind'];

export interface CostEstimate {
	readonly id: string;
	readonly kind: CostKind;
	/** The single fiscal year an amount covers (per-year rows and annual quotes), else null. */
	readonly fiscalYear: number | null;
	/** The estimate's name and period as its source gives them, in each language. */
	readonly label: Texts;
	readonly period: Texts;
	readonly periodStart: string | null;
	readonly periodEnd: string | null;
	readonly scope: string;
	/** Where the money went: Iraq alone, or Iraq and Syria together. Every label says which. */
	readonly geography: Row<'war_costs'>['geography'];
	/** What the amount counts: appropriations, budgetary cost, cost with future veterans' care… */
	readonly counts: Row<'war_costs'>['counts'];
	readonly usd: number;
	readonly status: Row<'war_costs'>['status'];
	readonly sourceIds: readonly SourceId[];
}

function singleFiscalYear(start: string | null, end: string | null): number | null {
	return start !== null && start === end && start.startsWith('FY') ? Number(start.slice(2)) : null;
}

export const costEstimates = (d: Datasets): CostEstimate[] =>
	d.war_costs.map((r) => ({
		id: r.estimate_id,
		kind: r.kind,
		fiscalYear: singleFiscalYear(r.period_start, r.period_end),
		label: { en: r.estimate, ar: r.estimate_ar, ckb: r.estimate_ckb },
		period: { en: r.period, ar: r.period_ar, ckb: r.period_ckb },
		periodStart: r.period_start,
		periodEnd: r.period_end,
		scope: r.scope,
		geography: r.geography,
		counts: r.counts,
		usd: r.amount_usd,
		status: r.status,
		sourceIds: r.source_id
	}));

/** War funding by fiscal year (CRS), in year order. FY2012–13 were requests when compiled. */
export const fiscalYearFunding = (d: Datasets): CostEstimate[] =>
	costEstimates(d)
		.filter((c) => c.kind === 'fiscal_year')
		.sort((a, b) => a.fiscalYear! - b.fiscalYear!);

/** Sum of the per-fiscal-year rows. */
export const fiscalYearFundingTotal = (d: Datasets): number =>
	sum(fiscalYearFunding(d), (c) => c.usd);

/** One cost estimate as a figure. */
export function costFigure(d: Datasets, id: string): Figure {
	const c = costEstimates(d).find((x) => x.id === id);
	if (!c) throw new Error(`costFigure: no cost estimate ${id}`);
	return reported({
		value: c.usd,
		unit: 'usd',
		measure:
			c.geography === 'iraq' ? 'us_war_appropriations_iraq' : 'us_war_budgetary_cost_iraq_syria',
		period: interval(c.periodStart, c.periodEnd),
		sourceIds: c.sourceIds
	});
}
