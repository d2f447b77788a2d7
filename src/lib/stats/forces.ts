/** Counts of units named in the invasion narrative (tanks, paratroopers…). */
import type { Datasets } from './datasets';
import { reported, type Figure, type Unit } from './figure';

const UNITS: Record<string, Unit> = {
	tanks: 'tanks',
	armoured_vehicles: 'armoured_vehicles',
	soldiers: 'troops',
	missiles: 'missiles'
};

export function forceCountFigure(d: Datasets, item: string): Figure {
	const r = d.force_counts.find((x) => x.item === item);
	if (!r) throw new Error(`forceCountFigure: no force count ${item}`);
	const unit = UNITS[r.unit];
	if (!unit) throw new Error(`forceCountFigure: unit ${r.unit} has no figure unit`);
	return reported({
		value: r.count,
		unit,
		measure: 'armoured_vehicles',
		period: r.date,
		sourceIds: r.source_id,
		status:
			r.status === 'unverified' || r.status === 'low_quality_source' ? 'unverified' : 'verified'
	});
}
