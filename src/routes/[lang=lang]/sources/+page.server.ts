import { loadData } from '$lib/server/data';
import { DATASET_NAMES } from '$lib/stats';
import { type Lang } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { datasets } = loadData();
	const citedBy = Object.fromEntries(
		DATASET_NAMES.map((name) => {
			if (name === 'sources') return [name, []];
			const ids = new Set<string>();
			for (const row of datasets[name] as readonly Record<string, unknown>[])
				for (const id of (row.source_id ?? row.source_ids) as string[]) ids.add(id);
			return [name, [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))];
		})
	) as Record<(typeof DATASET_NAMES)[number], string[]>;
	return {
		lang: params.lang as Lang,
		rows: Object.fromEntries(DATASET_NAMES.map((n) => [n, datasets[n].length])),
		citedBy,
		// The research note stays in data/: readers get the source and its tier.
		sources: datasets.sources.map(({ id, title, publisher, url, date, tier }) => ({
			id,
			title,
			publisher,
			url,
			date,
			tier
		}))
	};
};
