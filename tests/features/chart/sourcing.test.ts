/**
 * The credibility rule, table-driven over everything the build renders: every figure and every
 * chart row rests on at least one source that can stand alone (primary, official,
 * peer-reviewed, press), or the page says, in words, that it is unverified. Measures are kept
 * apart: a claim is compared only with its own measure, the estimates chart groups by measure,
 * and every cost label says what it covers.
 */
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from '$lib/render/live/DataTable.svelte';
import { definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import { CHART_IDS } from '$lib/chart-model/registry';
import { GEOGRAPHY_LABELS, type Lang } from '$lib/i18n';
import FigureCard from '$lib/features/story/FigureCard.svelte';
import { restsOnStandalone } from '$lib/stats/sourceRef';
import { chartSourceIds } from '$lib/server/chartData';
import { sourceRefs } from '$lib/server/sources';
import {
	checkedClaims,
	FIGURE_IDS,
	headlineFigures,
	restsOnStandaloneSource,
	summaryJson
} from '$lib/stats';
import { LANGS, settingsFor } from '$lib/i18n';
import { readReal, realData, withFixtures } from '../../helpers';
import { chartData } from '../../render/live/render';

/** The words each edition says "unverified" and "our sum" in (Sorani writes the first joined or not). */
const UNVERIFIED: Record<Lang, RegExp> = {
	ar: /غير مؤكد/,
	en: /unverified/i,
	ckb: /پشتڕاست ?نەکراو/
};
const OUR_SUM: Record<Lang, RegExp> = { ar: /مجموعنا/, en: /our sum/i, ckb: /کۆکردنەوەی ئێمە/ };

const d = realData();
const figures = headlineFigures(d);
const tiers = new Map(d.sources.map((s) => [s.id as string, s.tier]));
const tierOf = (id: string) => tiers.get(id);
const sources = sourceRefs(d, [
	...chartSourceIds(chartData()),
	...FIGURE_IDS.flatMap((id) => figures[id].sourceIds)
]);
const dom = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('headline figures (story, callouts, cards, summary.json)', () => {
	for (const id of FIGURE_IDS)
		it(`${id}: marked unverified exactly when no standalone source gives it`, () => {
			const f = figures[id];
			expect(f.status === 'verified', id).toBe(restsOnStandaloneSource(f.sourceIds, tierOf));
		});

	it('the figures the story’s claims rest on are settled by a standalone source', () => {
		for (const c of checkedClaims(d, figures))
			for (const cmp of c.comparisons)
				expect(cmp.figure.status, `${c.id} → ${cmp.figureId}`).toBe('verified');
	});

	for (const lang of LANGS)
		it(`${lang}: a figure card says "unverified" and "our sum" in words where they apply`, () => {
			for (const id of FIGURE_IDS) {
				const f = figures[id];
				const text = dom(
					render(FigureCard, {
						props: {
							id,
							figure: f,
							label: id,
							locale: settingsFor(lang),
							sources,
							sourceLabel: 'S',
							periodLabel: 'P'
						}
					}).body
				).body.textContent!;
				expect(UNVERIFIED[lang].test(text), `${id} ${lang}`).toBe(f.status === 'unverified');
				expect(OUR_SUM[lang].test(text), `${id} ${lang}`).toBe(f.basis === 'our_sum');
			}
		});

	it('summary.json carries each figure’s status, basis and measure', () => {
		const json = summaryJson(figures);
		for (const id of FIGURE_IDS)
			expect(json[id], id).toMatchObject({
				status: figures[id].status,
				basis: figures[id].basis,
				measure: figures[id].measure
			});
	});
});

describe('chart rows (gallery, story, embeds, downloads)', () => {
	it('the page’s source list knows the tier of every row’s sources', () => {
		for (const id of CHART_IDS) {
			const def = definitionOf(id);
			for (const state of declaredStates(def.states(chartData()[id])))
				for (const ids of def.table(chartData()[id], state, settingsFor('en')).rowSources)
					for (const s of ids) expect(sources[s]?.tier, `${id}: ${s}`).toBeDefined();
		}
	});

	for (const id of CHART_IDS)
		for (const lang of LANGS)
			it(`${id} (${lang}): a row that rests only on secondary or weak sources says so`, () => {
				const def = definitionOf(id);
				const data = chartData()[id];
				for (const state of declaredStates(def.states(data))) {
					const table = def.table(data, state, settingsFor(lang));
					const doc = dom(
						render(DataTable, {
							props: { table, caption: 'c', toggleLabel: 't', format: String, sources, lang }
						}).body
					);
					const cells = [...doc.querySelectorAll('td.row-sources')];
					expect(cells).toHaveLength(table.rows.length);
					let anyMarked = false;
					const rows = [...doc.querySelectorAll('tbody tr')];
					cells.forEach((cell, i) => {
						const own = table.cellSources?.[i];
						const where = `${id} ${JSON.stringify(state)} row ${i}`;
						if (own?.some((c) => c !== null)) {
							// each figure marked by its own sources, the row's list unmarked
							expect((cell.textContent ?? '').includes('*'), where).toBe(false);
							const tds = [...(rows[i]?.children ?? [])];
							own.forEach((ids, j) => {
								if (!ids) return;
								const marked = (tds[j]?.textContent ?? '').includes('*');
								anyMarked ||= marked;
								expect(marked, `${where} cell ${j}`).toBe(!restsOnStandalone(ids, sources));
							});
							return;
						}
						const settled = restsOnStandalone(table.rowSources[i] ?? [], sources);
						const marked = (cell.textContent ?? '').includes('*');
						anyMarked ||= marked;
						expect(marked, where).toBe(!settled);
					});
					// the mark is explained in words under the table, whenever a row carries it
					const note = doc.querySelector('p.unverified')?.textContent ?? '';
					expect(UNVERIFIED[lang].test(note), `${id} ${JSON.stringify(state)}`).toBe(anyMarked);
				}
			});

	it('the series the story leans on rest on standalone sources in every row', () => {
		const settledRows = (id: (typeof CHART_IDS)[number], state: Record<string, string>) =>
			definitionOf(id)
				.table(chartData()[id], state, settingsFor('en'))
				.rowSources.map((ids) => restsOnStandalone(ids, sources));
		// (not the US yearly table: its wounded rest on the Guardian's series alone, and two
		// years' deaths on it alone too, so those figures are marked, cell by cell, above)
		for (const [id, state] of [
			['civilian-toll', { view: 'monthly', year: '' }],
			['civilian-toll', { view: 'yearly', year: '' }]
		] as const)
			expect(settledRows(id, state).every(Boolean), `${id} ${state.view}`).toBe(true);
	});
});

describe('measures are never mixed', () => {
	it('the estimates chart shows one measure per group, in contiguous rows', () => {
		for (const lang of LANGS) {
			const t = definitionOf('death-estimates').table(
				chartData()['death-estimates'],
				{ group: 'all' },
				settingsFor(lang)
			);
			const measures = t.rows.map((r) => r[1]);
			const runs = measures.filter((m, i) => i === 0 || m !== measures[i - 1]);
			expect(runs, lang).toEqual([...new Set(measures)]);
			expect(runs.length, lang).toBe(4);
		}
	});

	it('every cost amount’s label says whether it covers Iraq alone or Iraq and Syria', () => {
		const def = definitionOf('war-cost');
		const data = chartData()['war-cost'];
		for (const lang of LANGS) {
			const scopes = Object.values(GEOGRAPHY_LABELS).map((g) => g[lang]);
			const spec = def.plot(data, { view: 'estimates' }, settingsFor(lang));
			const body = spec.panels[0]!.body;
			expect(body.kind).toBe('bars');
			if (body.kind !== 'bars') continue;
			for (const row of body.rows) {
				expect(
					scopes.some((s) => row.label.includes(s)),
					row.label
				).toBe(true);
				expect(
					scopes.some((s) => row.name.includes(s)),
					row.name
				).toBe(true);
			}
			const table = def.table(data, { view: 'estimates' }, settingsFor(lang));
			for (const row of table.rows) expect(scopes, String(row[0])).toContain(row[2]);
		}
	});

	it('nothing that is not an estimate of the war’s cost is shown as one', () => {
		const names = chartData()['war-cost'].estimates.map((c) => c.id);
		expect(names).not.toContain('cow-2020-state-usaid');
	});

	it('each claim’s comparison figure measures what the claim measures', () => {
		for (const c of checkedClaims(d, figures))
			for (const cmp of c.comparisons) expect(cmp.figure.measure, c.id).toBe(c.measure);
	});

	it('comparing a claim with a figure of another measure fails the build', () => {
		const text = readReal('claims').replace(
			'documented_civilian_deaths,ibc_civilian_deaths_2003_2013',
			'documented_civilian_deaths,plos_2013_excess_deaths_with_migration'
		);
		expect(() => checkedClaims(withFixtures({ claims: text }), figures)).toThrow(
			/C13 measures "documented_civilian_deaths" but plos_2013_excess_deaths_with_migration measures "excess_deaths_survey"/
		);
	});

	it('survey estimates beside a claim are context: shown as ranges, with no arithmetic', () => {
		const c13 = checkedClaims(d, figures).find((c) => c.id === 'C13')!;
		expect(c13.comparisons.map((c) => c.figureId)).toEqual(['ibc_civilian_deaths_2003_2013']);
		expect(c13.otherMeasures.map((e) => e.measureType)).toContain('excess_survey');
	});
});
