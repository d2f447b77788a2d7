/**
 * The nouns the site counts, in every plural form each language needs. Arabic follows the
 * grammar of numbers: 3–10 take the plural (3 أحداث، 904 قتلى), 11–99 the singular accusative
 * (11 قتيلاً، 297,194 جندياً), hundreds and thousands the singular (100 قتيل، 290 ألف جندي); one
 * and two put the noun first (قتيل واحد، قتيلان). Nouns live in the message catalogs as ICU
 * plurals (`nouns.<name>` in `catalogs/<lang>.json`, compiled into `catalog.gen.ts`): add one
 * there, never a sentence that picks a form by looking at the number. Military tallies count deaths from every cause (hostile and not), «وفيات»,
 * never «قتلى»: `deaths` and `killed` are kept apart as the measures are.
 */
import { CATALOGS } from './catalog.gen';
import { EDITION_LANGS, type Lang } from './lang';
import type { CountedNoun } from './plural';

type Catalog = (typeof CATALOGS)[Lang];
/** `nouns.troops` → `troops`, for each noun key (distributed over the keys). */
type After<K> = K extends `nouns.${infer N}` ? N : never;
type NounName = After<keyof Catalog>;

const nouns: Record<string, CountedNoun> = {};
for (const key of Object.keys(CATALOGS.ar))
	if (key.startsWith('nouns.'))
		nouns[key.slice('nouns.'.length)] = Object.fromEntries(
			EDITION_LANGS.map((l) => [l, CATALOGS[l][key as `nouns.${NounName}`]])
		) as CountedNoun;

export const NOUNS = nouns as Record<NounName, CountedNoun>;
