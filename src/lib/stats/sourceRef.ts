import { restsOnStandaloneSource, type Tier } from './tiers';

/** What a page needs to link to a source and say how much weight it carries. */
export interface SourceRef {
	title: string;
	publisher: string;
	url: string;
	tier: Tier;
}

/**
 * Whether a row or figure, given its source ids, rests on at least one source that can stand
 * alone. A source missing from the page's list counts as weak, so a gap shows, never hides.
 */
export const restsOnStandalone = (
	ids: readonly string[],
	sources: Record<string, SourceRef>
): boolean => restsOnStandaloneSource(ids, (id) => sources[id]?.tier);
