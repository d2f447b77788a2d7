/**
 * Links between routes. Every page route ends in "/" (trailingSlash: 'always'), which
 * `resolve()` does not add, so page links are built here once.
 */
import { resolve } from '$app/paths';
import type { DatasetName } from '$lib/stats';
import type { Lang } from '$lib/i18n';

export const editionPath = (lang: Lang): string => `${resolve('/[lang=lang]', { lang })}/`;
export const datasetCsvPath = (name: DatasetName): string =>
	resolve('/data/[dataset].csv', { dataset: name });
export const summaryJsonPath = (): string => resolve('/data/summary.json');
export const galleryPath = (lang: Lang): string => `${resolve('/[lang=lang]/charts', { lang })}/`;
export const sourcesPath = (lang: Lang): string => `${resolve('/[lang=lang]/sources', { lang })}/`;
export const explorePath = (lang: Lang): string => `${resolve('/[lang=lang]/explore', { lang })}/`;
