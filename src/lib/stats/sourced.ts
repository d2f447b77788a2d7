/**
 * A number as a chart's text may print it: its value, the sources that give it, and whether any
 * of them can stand alone. Summaries, data-point labels, value labels and card text take these,
 * not bare numbers, so a figure with nothing better than a secondary or weak source carries
 * that standing into every sentence made from it (`$lib/i18n` `sourcedCount` and kin).
 */
import type { SourceId } from './brand';
import type { Datasets } from './datasets';
import { restsOnStandaloneSource } from './tiers';

export interface Sourced {
	readonly value: number;
	readonly sourceIds: readonly SourceId[];
	/** At least one source is primary, official, peer-reviewed or press. */
	readonly standalone: boolean;
}

export type SourcedFactory = (value: number, sourceIds: readonly SourceId[]) => Sourced;

/** A factory bound to `sources.csv`'s tiers; an id it does not know counts as weak. */
export function sourcedBy(d: Datasets): SourcedFactory {
	const tiers = new Map(d.sources.map((s) => [s.id as string, s.tier]));
	return (value, sourceIds) => ({
		value,
		sourceIds: [...sourceIds],
		standalone: restsOnStandaloneSource(sourceIds, (id) => tiers.get(id))
	});
}

/** Whether a value is a `Sourced` (the class test walks chart data for them). */
export const isSourced = (x: unknown): x is Sourced =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as Sourced).value === 'number' &&
	Array.isArray((x as Sourced).sourceIds) &&
	typeof (x as Sourced).standalone === 'boolean';

/** Whether a list of source ids holds a standalone source, by `sources.csv`'s tiers. */
export function standaloneBy(d: Datasets): (ids: readonly SourceId[]) => boolean {
	const sourced = sourcedBy(d);
	return (ids) => sourced(0, ids).standalone;
}
