/**
 * How much weight a source can carry. Every row of `data/sources.csv` has a tier; a figure
 * shown to a reader must rest on at least one source of a standalone tier. Secondary and weak
 * sources (blogs, forums, mirrors, aggregators, AI encyclopedias) may corroborate, never stand
 * alone. The rules for assigning a tier are in `data/README.md`.
 */
import type { SourceId } from './brand';

export const TIERS = [
	'primary',
	'official',
	'peer_reviewed',
	'press',
	'secondary',
	'weak'
] as const;
export type Tier = (typeof TIERS)[number];

/** The tiers a figure may rest on alone. */
export const STANDALONE_TIERS: readonly Tier[] = ['primary', 'official', 'peer_reviewed', 'press'];

export const canStandAlone = (tier: Tier): boolean => STANDALONE_TIERS.includes(tier);

/**
 * Whether a list of sources lets a figure stand: at least one of them is of a standalone tier.
 * An id the lookup does not know counts as weak.
 */
export const restsOnStandaloneSource = (
	ids: readonly SourceId[] | readonly string[],
	tierOf: (id: string) => Tier | undefined
): boolean => ids.some((id) => canStandAlone(tierOf(id) ?? 'weak'));
