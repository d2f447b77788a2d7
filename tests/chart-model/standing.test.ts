/**
 * A figure's standing travels with it into every text made from it. Over every chart × declared
 * state × language × text kind (summary, which is also the share card's og:description and the
 * no-script step image's alt; the data-point labels, which are the aria-labels; value labels;
 * headings; the table caption; the card's SVG text), each number drawn from a row that rests on
 * no standalone source is qualified in words in the same label or sentence.
 *
 * Which numbers are weak is worked out from the data, not from the definitions: any `Sourced`
 * value marked not standalone, any numeric field of a data object whose `sourceIds` hold no
 * standalone source, and every number in a table row whose row sources hold none.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import type { PlotBody } from '$lib/chart-model/plotSpec';
import type { TableData } from '$lib/chart-model/types';
import { snapshotSvg } from '$lib/render/snapshot/snapshotSvg';
import {
	formatCompactCount,
	formatCount,
	formatUsd,
	LANGS,
	settingsFor,
	EVENT_STANDING_WORDS,
	STANDING_WORDS,
	TWO_STANDING_WORDS,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { isSourced, restsOnStandaloneSource } from '$lib/stats';
import { realData } from '../helpers';
import { chartData } from '../render/live/render';

const d = realData();
const tiers = new Map(d.sources.map((s) => [s.id as string, s.tier]));
const publishers = Object.fromEntries(d.sources.map((s) => [s.id, s.publisher]));
const standalone = (ids: readonly string[]) => restsOnStandaloneSource(ids, (id) => tiers.get(id));

/**
 * The chart's own figures that are not table rows (a count of countries, a peak): every
 * `Sourced` value in the data that is not inside a list. Rows are judged through the table.
 */
function weakFigures(data: unknown): Set<number> {
	const weak = new Set<number>();
	if (typeof data !== 'object' || data === null) return weak;
	const walk = (x: unknown): void => {
		if (Array.isArray(x) || typeof x !== 'object' || x === null) return;
		if (isSourced(x)) {
			if (!x.standalone) weak.add(x.value);
			return;
		}
		Object.values(x).forEach(walk);
	};
	walk(data);
	return weak;
}

/** The numbers of table row `i` that no standalone source gives: by cell where the table says, else by row. */
function weakInRow(table: TableData, i: number): number[] {
	return table.rows[i]!.flatMap((cell, j) => {
		if (typeof cell !== 'number') return [];
		const ids = table.cellSources?.[i]?.[j] ?? table.rowSources[i] ?? [];
		return standalone(ids) ? [] : [cell];
	});
}

/**
 * Every weak number of a table state. Outside its own row (a summary sentence, a card's value
 * label) a number that a standalone row of the same state also gives cannot be told apart from
 * it, so it is left to the row-bound checks.
 */
function weakCells(table: TableData): Set<number> {
	const weak = new Set(table.rows.flatMap((_, i) => weakInRow(table, i)));
	const strong = new Set(
		table.rows.flatMap((row, i) =>
			row.filter((c) => typeof c === 'number' && !weakInRow(table, i).includes(c))
		)
	);
	return new Set([...weak].filter((n) => !strong.has(n)));
}

/** The ways a number can be printed in a locale. */
const printed = (n: number, locale: LocaleSettings): string[] => [
	...new Set([formatCount(n, locale), formatUsd(n, locale), formatCompactCount(n, locale)])
];

/** Whether `text` holds `number` as a whole number (not part of a longer one or a date). */
function holds(text: string, number: string): boolean {
	const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\d٠-٩.,٫٬A-Za-z])${escaped}(?![\\d٠-٩]|[.,٫٬][\\d٠-٩])`).test(text);
}

/** Sentences of a summary: a qualifier counts only in the sentence of its number. */
const sentences = (text: string): string[] => text.split(/(?<=[.؟?!])\s+/);

/** The texts of each drawn row (its aria-label, and its value label where it has one). */
function rowTexts(body: PlotBody): string[][] {
	switch (body.kind) {
		case 'columns':
			return body.rows.map((r) => [r.label]);
		case 'bars':
			return body.rows.map((r) => [
				r.label,
				r.valueText ?? (r.value === null ? '' : body.format(r.value))
			]);
		case 'stacked':
			return body.bands.map((b) => [b.label]);
		case 'intervals':
			return body.rows.map((r) => [r.label, r.valueText]);
		case 'timeline':
			return body.rows.map((r) => [r.label]);
		case 'map':
			return body.events.map((e) => [e.label]);
	}
}

/** The text units of one chart state: each is checked on its own. */
function textUnits(id: (typeof CHART_IDS)[number], state: Record<string, string>, lang: Lang) {
	const def = definitionOf(id);
	const data = chartData()[id];
	const locale = settingsFor(lang);
	const spec = def.plot(data, state, locale);
	const svg = snapshotSvg({
		def,
		data,
		state,
		locale,
		permalink: 'https://example.org/',
		publishers,
		variant: 'card'
	});
	const svgTexts = [...svg.matchAll(/<text(?![^>]*axis-tick)[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
		m[1]!.replace(/<[^>]+>/g, '').replace(/[\u202a-\u202e]/g, '')
	);
	type Unit = { kind: string; t: string; row?: number };
	return <Unit[]>[
		...sentences(def.summary(data, state, locale)).map((t) => ({ kind: 'summary', t })),
		...(spec.heading ? [{ kind: 'heading', t: spec.heading }] : []),
		...spec.panels.flatMap((p) =>
			rowTexts(p.body).flatMap((texts, row) => texts.map((t) => ({ kind: 'label', t, row })))
		),
		{ kind: 'table caption', t: def.text[lang].title },
		...svgTexts.map((t) => ({ kind: 'card', t }))
	];
}

/** Qualified in words: one weak number's, or two's said once («الرقمان غير مؤكدين»). */
const qualified = (t: string, lang: Lang) =>
	t.includes(STANDING_WORDS[lang]) || t.includes(TWO_STANDING_WORDS[lang]);

describe('a weak figure is qualified in words in every text made from it', () => {
	for (const id of CHART_IDS)
		for (const lang of LANGS)
			it(`${id} (${lang})`, () => {
				const def = definitionOf(id);
				const data = chartData()[id];
				const locale = settingsFor(lang);
				const bare: string[] = [];
				const figures = [...weakFigures(data)].flatMap((n) => printed(n, locale));
				for (const state of declaredStates(def.states(data))) {
					const table = def.table(data, state, locale);
					const forms = [...weakCells(table)].flatMap((n) => printed(n, locale));
					const units = textUnits(id, state, lang);
					// a data point's label is judged by its own row when the plot draws the table's rows
					const drawn = new Set(units.filter((u) => u.row !== undefined).map((u) => u.row));
					const byRow = drawn.size === table.rows.length;
					for (const { kind, t, row } of units) {
						const check =
							kind === 'summary'
								? [...forms, ...figures]
								: byRow && row !== undefined
									? weakInRow(table, row).flatMap((n) => printed(n, locale))
									: forms;
						for (const f of check)
							if (holds(t, f) && !qualified(t, lang))
								bare.push(`${JSON.stringify(state)} ${kind}: «${t}» prints ${f}`);
					}
				}
				expect([...new Set(bare)]).toEqual([]);
			});

	it('the test sees weak numbers where the data has them (it can fail)', () => {
		const def = definitionOf('war-cost');
		const table = def.table(chartData()['war-cost'], { view: 'fiscal-years' }, settingsFor('en'));
		expect(weakCells(table).size).toBeGreaterThan(0);
		expect(holds('Poland 194 troops', '194')).toBe(true);
		expect(holds('2,194', '194')).toBe(false);
		expect(holds('1,940', '194')).toBe(false);
	});
});

describe('events no standalone source tells', () => {
	it('say so in every text that tells them: the map’s labels, its summary and its table', () => {
		const def = definitionOf('invasion-map');
		const data = chartData()['invasion-map'];
		const weak = data.events.filter((e) => !e.standalone);
		expect(weak.length).toBeGreaterThan(0);
		for (const lang of LANGS) {
			const locale = settingsFor(lang);
			for (const e of weak) {
				const state = { view: 'map', date: e.date };
				const spec = def.plot(data, state, locale);
				const body = spec.panels[0]!.body;
				if (body.kind !== 'map') throw new Error('not a map');
				const label = body.events.find((x) => x.id === e.id)!.label;
				expect(label, `${e.id} ${lang}`).toContain(`(${EVENT_STANDING_WORDS[lang]})`);
				expect(def.summary(data, state, locale), `${e.id} ${lang}`).toContain(
					`${e.event[lang].replace(/\.$/, '')} (${EVENT_STANDING_WORDS[lang]})`
				);
				const table = def.table(data, state, locale);
				const row = table.rows.find((r) =>
					r.includes(`${e.event[lang].replace(/\.$/, '')} (${EVENT_STANDING_WORDS[lang]})`)
				);
				expect(row, `${e.id} ${lang} table`).toBeDefined();
			}
		}
	});
});
