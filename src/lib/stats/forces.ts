/** Counts of units named in the invasion narrative (tanks, paratroopers…). */
import type { Datasets } from './datasets';
import { reported, type Figure, type Measure, type Unit } from './figure';

/** Each `unit` of force_counts.csv: the figure's unit, and what it measures. */
const KINDS: Record<string, { unit: Unit; measure: Measure }> = {
	tanks: { unit: 'tanks', measure: 'tanks' },
	armoured_vehicles: { unit: 'armoured_vehicles', measure: 'armoured_vehicles' },
	soldiers: { unit: 'troops', measure: 'soldiers' },
	missiles: { unit: 'missiles', measure: 'missiles' }
};

export function forceCountFigure(d: Datasets, item: string): Figure {
	const r = d.force_counts.find((x) => x.item === item);
	if (!r) throw new Error(`forceCountFigure: no force count ${item}`);
	const kind = KINDS[r.unit];
	if (!kind) throw new Error(`forceCountFigure: unit ${r.unit} has no figure unit`);
	return reported({
		value: r.count,
		...kind,
		period: r.date,
		sourceIds: r.source_id,
		status:
			r.status === 'unverified' || r.status === 'low_quality_source' ? 'unverified' : 'verified'
	});
}
