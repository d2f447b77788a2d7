/**
 * The copy desk's marks that a chart's generated sentences can be held to before any build:
 * over every chart × declared state × language, the summary (which travels alone as the share
 * card's og:description and the no-script image's alt) and every data-point label (the
 * aria-labels). The e2e copy-desk spec holds the built pages to the same classes and more.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import type { PlotBody } from '$lib/chart-model/plotSpec';
import { LANGS, settingsFor } from '$lib/i18n';
import { chartData } from '../render/live/render';

/** The deepest nesting of parentheses in a text: a sentence should need one level at most. */
export function parenDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	for (const ch of text) {
		if (ch === '(') deepest = Math.max(deepest, ++depth);
		else if (ch === ')') depth--;
	}
	return deepest;
}

/** In Arabic, a Latin comma that does not group digits (4,486 is fine; «2003, بغداد» is not). */
const LATIN_COMMA_IN_ARABIC = /,(?!\d{3})/u;

/** Words of killing (not of dying) in each edition. */
const KILLED = { ar: /قُ?تل|قتلى|قتيل|مقتل/u, en: /\bkill/iu } as const;

function labelsOf(body: PlotBody): string[] {
	const b = body as { rows?: { label?: string }[]; points?: { label?: string }[] };
	return [...(b.rows ?? []), ...(b.points ?? [])].flatMap((r) => (r.label ? [r.label] : []));
}

const texts = CHART_IDS.flatMap((id) => {
	const def = definitionOf(id);
	const data = chartData()[id];
	return LANGS.flatMap((lang) =>
		declaredStates(def.states(data)).flatMap((state) => {
			const locale = settingsFor(lang);
			const where = `${id} ${JSON.stringify(state)} [${lang}]`;
			const plot = def.plot(data, state, locale);
			return [
				{ where: `${where} summary`, lang, text: def.summary(data, state, locale) },
				...plot.panels.flatMap((p) =>
					labelsOf(p.body).map((text) => ({ where: `${where} label`, lang, text }))
				)
			];
		})
	);
});

describe('generated sentences read as the copy desk wants, in every chart, state and edition', () => {
	it('reads the texts of every chart', () => {
		expect(new Set(texts.map((t) => t.where.split(' ')[0])).size).toBe(CHART_IDS.length);
	});
	it('no summary or label nests parentheses', () => {
		expect(texts.filter((t) => parenDepth(t.text) > 1).map((t) => `${t.where}: ${t.text}`)).toEqual(
			[]
		);
	});
	it('no Arabic summary or label has a Latin comma between words', () => {
		expect(
			texts
				.filter((t) => t.lang === 'ar' && LATIN_COMMA_IN_ARABIC.test(t.text))
				.map((t) => `${t.where}: ${t.text}`)
		).toEqual([]);
	});
	it('no summary or label holds an unfilled placeholder', () => {
		expect(texts.filter((t) => /[…{}#]/u.test(t.text)).map((t) => t.where)).toEqual([]);
	});
	it('a title and subtitle name the same measure in both editions: killed only where killed', () => {
		// they travel alone (og:title, oEmbed, the gallery): «قُتل» for a chart of deaths from every
		// cause names a narrower measure than "died" (the third desk review's M5)
		const killedIn = (lang: 'ar' | 'en', id: (typeof CHART_IDS)[number]) => {
			const t = definitionOf(id).text[lang];
			return KILLED[lang].test(`${t.title} ${t.subtitle}`);
		};
		expect(
			CHART_IDS.filter((id) => killedIn('ar', id) !== killedIn('en', id)).map(
				(id) => `${id}: ${definitionOf(id).text.ar.title} / ${definitionOf(id).text.en.title}`
			)
		).toEqual([]);
	});
	it('the checks catch what they are for', () => {
		expect(KILLED.ar.test('كم عراقياً قُتل؟')).toBe(true);
		expect(KILLED.ar.test('كم عراقياً مات؟')).toBe(false);
		expect(KILLED.en.test('Civilians killed by violence')).toBe(true);
		expect(parenDepth('أصغرها 251 (اعتمادات (حتى 2005 (السنة المالية)))')).toBe(3);
		expect(parenDepth('أصغرها 251 (اعتمادات حتى 2005)')).toBe(1);
		expect(LATIN_COMMA_IN_ARABIC.test('20 آذار 2003, بغداد')).toBe(true);
		expect(LATIN_COMMA_IN_ARABIC.test('4,486 قتيلاً')).toBe(false);
	});
});
