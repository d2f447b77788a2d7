import type { SourceRef } from '$lib/stats/sourceRef';
import type { Datasets } from '$lib/stats';

/** The sources a page cites, by id, with just what a link needs. */
export function sourceRefs(d: Datasets, ids: Iterable<string>): Record<string, SourceRef> {
	const wanted = new Set(ids);
	return Object.fromEntries(
		d.sources
			.filter((s) => wanted.has(s.id))
			.map((s) => [s.id, { title: s.title, publisher: s.publisher, url: s.url, tier: s.tier }])
	);
}
