import { chartSourceIds, selectAll } from '$lib/server/chartData';
import { loadData } from '$lib/server/data';
import { sourceRefs } from '$lib/server/sources';
import { loadStories } from '$lib/server/story';
import { readingMinutes } from '$lib/features/story/copy';
import { checkedClaims, FIGURE_IDS } from '$lib/stats';
import { type Lang } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const { datasets, figures } = loadData();
	const charts = selectAll(datasets);
	const story = loadStories(datasets, charts)[lang];
	const used = new Set(story.steps.flatMap((s) => s.claims));
	const claims = checkedClaims(datasets, figures).filter(
		(c) => used.has(c.id) || c.claimed !== null
	);
	const sourceIds = new Set([
		...chartSourceIds(charts),
		...FIGURE_IDS.flatMap((id) => figures[id].sourceIds),
		...claims.flatMap((c) => c.sourceIds)
	]);
	return {
		lang,
		story,
		minutes: readingMinutes(story),
		figures,
		claims,
		charts,
		sources: sourceRefs(datasets, sourceIds)
	};
};
