import { chartSourceIds, selectAll } from '$lib/server/chartData';
import { loadData } from '$lib/server/data';
import { sourceRefs } from '$lib/server/sources';
import { loadStories } from '$lib/server/story';
import { readingMinutes } from '$lib/features/story/copy';
import { checkedClaims, FIGURE_IDS } from '$lib/stats';
import { type Lang } from '$lib/i18n';
import { parseState } from '$lib/chart-model/state';
import { definitionOf } from '$lib/chart-model/registry';
import { stickyData } from '$lib/server/stickyFigure';
import type { PageServerLoad } from './$types';

// The story ships no framework: its prose, fact-checks and tables are finished HTML. The few
// interactive parts are islands, woken by /_islands/story.js (src/lib/islands/story.ts).
export const csr = false;

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
	// The sticky chart as the first step shows it, drawn as its figure file is (stickyFigure.ts).
	const first = story.steps[0]!;
	const sticky = stickyData(
		lang,
		first.chart,
		parseState(definitionOf(first.chart).states(charts[first.chart]), first.state)
	);
	return {
		lang,
		story,
		sticky,
		minutes: readingMinutes(story),
		figures,
		claims,
		charts,
		sources: sourceRefs(datasets, sourceIds)
	};
};
