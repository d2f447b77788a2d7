/**
 * Interface text for every edition, read from the message catalogs (`catalogs/<lang>.json`,
 * compiled into `catalog.gen.ts` by scripts/compile-messages.mjs): translators edit the
 * catalogs, code names keys. Numbers never appear here: they come from the statistics module
 * and are formatted per language by `format.ts`.
 */
import type { DatasetName, FigureId } from '$lib/stats';
import { CATALOGS } from './catalog.gen';
import { EDITION_LANGS, type Lang } from './lang';

export interface Messages {
	siteTitle: string;
	deck: string;
	headlineHeading: string;
	/** A fact check's estimates of the claim's own measure, which the rating weighs. */
	sameMeasureHeading: string;
	/** A fact check's estimates of other measures, which it does not. */
	otherMeasuresHeading: string;
	/** The label before what an estimate measures. */
	measure: string;
	/** Before the text's words in a chart heading: the Arabic edition quotes them, the others translate. */
	theTextSays: string;
	source: string;
	sources: string;
	/** The disclosure an embed folds its subtitle, notes and sources into past a host's height clamp. */
	embedFold: string;
	/** An embed's link back to the story. */
	embedBack: string;
	period: string;
	downloadsNote: string;
	summaryJson: string;
	ibcCredit: string;
	gallery: string;
	figures: Record<FigureId, string>;
	datasets: Record<DatasetName, string>;
}

type Catalog = (typeof CATALOGS)[Lang];

/** The catalog's keys under `prefix.`, as a record of their rest (`figures.x` → `x`). */
function under<K extends string>(catalog: Catalog, prefix: string): Record<K, string> {
	const out: Record<string, string> = {};
	for (const [key, text] of Object.entries(catalog))
		if (key.startsWith(`${prefix}.`) && typeof text === 'string')
			out[key.slice(prefix.length + 1)] = text;
	return out as Record<K, string>;
}

function messagesOf(c: Catalog): Messages {
	return {
		siteTitle: c.siteTitle,
		deck: c.deck,
		headlineHeading: c.headlineHeading,
		sameMeasureHeading: c.sameMeasureHeading,
		otherMeasuresHeading: c.otherMeasuresHeading,
		measure: c.measure,
		theTextSays: c.theTextSays,
		source: c.source,
		sources: c.sources,
		embedFold: c.embedFold,
		embedBack: c.embedBack,
		period: c.period,
		downloadsNote: c.downloadsNote,
		summaryJson: c.summaryJson,
		ibcCredit: c.ibcCredit,
		gallery: c.gallery,
		figures: under<FigureId>(c, 'figures'),
		datasets: under<DatasetName>(c, 'datasets')
	};
}

/**
 * An edition's whole catalog, by key: what new code reads (`catalogOf(lang).stepOf({ n, count })`),
 * so a message is added in the catalogs alone. `MESSAGES` is the older, hand-listed view.
 */
export const catalogOf = (lang: Lang): Catalog => CATALOGS[lang];

export const MESSAGES = Object.fromEntries(
	EDITION_LANGS.map((l) => [l, messagesOf(CATALOGS[l])])
) as Record<Lang, Messages>;
