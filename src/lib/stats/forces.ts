/** Counts of units named in the invasion narrative (tanks, paratroopers…). */
import type { Datasets } from './datasets';
import type { Figure, Unit } from './figure';

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
	return { value: r.count, unit, period: r.date, sourceIds: r.source_id };
}
