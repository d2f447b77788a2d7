/**
 * The Arabic text's own words quoted inside another edition's prose («قتيل» in a Kurdish
 * sentence), found so a page can mark them `lang="ar"`: a screen reader then reads them as
 * Arabic, and the Sorani orthography check leaves them be. A quotation is taken as Arabic when it
 * holds a letter Sorani never writes (ي ك ة ى أ إ ؤ) or a haraka; a short Arabic quotation in
 * letters the two share («محور الشر») reads the same either way and stays unmarked.
 */
export interface QuotedPart {
	readonly text: string;
	/** The part is a quotation of Arabic (without its guillemets, which stay in the prose). */
	readonly arabic: boolean;
}

const ARABIC_ONLY = /[يكةىأإؤ]|[\u064B-\u0652]/u;
const QUOTE = /«([^«»]*)»/g;

export function quotedArabic(text: string): QuotedPart[] {
	const parts: QuotedPart[] = [];
	let last = 0;
	for (const m of text.matchAll(QUOTE)) {
		const inner = m[1] ?? '';
		if (!ARABIC_ONLY.test(inner)) continue;
		const start = m.index + 1; // after «
		if (start > last) parts.push({ text: text.slice(last, start), arabic: false });
		parts.push({ text: inner, arabic: true });
		last = start + inner.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), arabic: false });
	return parts;
}
