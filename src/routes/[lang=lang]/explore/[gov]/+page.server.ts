import { explorePageData } from '$lib/server/explore';
import { governorateEntries, governorateParams } from '$lib/server/governorateRoutes';
import type { EntryGenerator, PageServerLoad } from './$types';

// No framework on this page: the dashboard is an island (/_islands/explore.js).
export const csr = false;
export const entries: EntryGenerator = governorateEntries;
export const load: PageServerLoad = ({ params }) => {
	const { lang, code } = governorateParams(params);
	return { lang, home: code, ...explorePageData() };
};
