import { explorePageData } from '$lib/server/explore';
import { LANGS, type Lang } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

// No framework on this page: the dashboard is an island (/_islands/explore.js).
export const csr = false;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
export const load: PageServerLoad = ({ params }) => ({
	lang: params.lang as Lang,
	...explorePageData()
});
