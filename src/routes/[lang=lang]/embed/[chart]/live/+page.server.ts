import { langCharts } from '$lib/server/chartPages';
import { chartPageData } from '$lib/server/chartPageData';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => langCharts();
export const load: PageServerLoad = ({ params }) => chartPageData(params.lang, params.chart);
