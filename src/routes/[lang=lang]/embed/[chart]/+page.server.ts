import { langCharts } from '$lib/server/chartPages';
import { chartPageData } from '$lib/server/chartPageData';
import type { EntryGenerator, PageServerLoad } from './$types';

// The plain embed is the prerendered default state and ships no framework JavaScript: a few KB
// of /embed-child.js add resizing, theme and tooltips. A state in the query moves to ./live/.
export const csr = false;
export const entries: EntryGenerator = () => langCharts();
export const load: PageServerLoad = ({ params }) => chartPageData(params.lang, params.chart);
