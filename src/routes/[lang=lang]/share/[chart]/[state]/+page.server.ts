import { error } from '@sveltejs/kit';
import { chartContext, storyStateEntries } from '$lib/server/chartPages';
import { chartPageData } from '$lib/server/chartPageData';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A share page per state the story links to, whose card shows that state. */
export const entries: EntryGenerator = storyStateEntries;

export const load: PageServerLoad = ({ params }) => {
	const page = chartPageData(params.lang, params.chart, params.state);
	if (!chartContext().storySlugs(page.chart).includes(params.state)) error(404, 'No such state');
	return page;
};
