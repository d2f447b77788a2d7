import { explorePageData } from '$lib/server/explore';
import { governorateEntries, governorateParams } from '$lib/server/governorateRoutes';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = governorateEntries;
export const load: PageServerLoad = ({ params }) => {
	const { lang, code } = governorateParams(params);
	return { lang, home: code, ...explorePageData() };
};
