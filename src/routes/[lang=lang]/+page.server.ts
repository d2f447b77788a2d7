import { loadData } from '$lib/server/data';
import { FIGURE_IDS, type Lang } from '$lib/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { datasets, figures } = loadData();
	const used = new Set(FIGURE_IDS.flatMap((id) => figures[id].sourceIds));
	const sources = Object.fromEntries(
		datasets.sources
			.filter((s) => used.has(s.id))
			.map((s) => [s.id, { title: s.title, publisher: s.publisher, url: s.url }])
	);
	return { lang: params.lang as Lang, figures, sources };
};
