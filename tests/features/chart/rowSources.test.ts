import { describe, expect, it } from 'vitest';
import { definitionOf } from '$lib/chart-model/registry';
import { declaredStates } from '$lib/chart-model/state';
import { CHART_IDS } from '$lib/chart-model/registry';
import { chartCsv } from '$lib/features/chart/downloads';
import { ibcMonthly, sourcesOfEveryMonth, usMonthly, yearOf } from '$lib/stats';
import { settingsFor } from '$lib/i18n';
import { realData } from '../../helpers';
import { chartData } from '../../render/live/render';

const d = realData();
const en = settingsFor('en');

describe('every table row carries the sources of the data behind it', () => {
	it('in every declared state of every chart: one non-empty list per row, within the chart’s sources', () => {
		for (const id of CHART_IDS) {
			const def = definitionOf(id);
			const data = chartData()[id];
			const chartSources = new Set(def.sourceIds(data));
			for (const state of declaredStates(def.states(data))) {
				const t = def.table(data, state, en);
				expect(t.rowSources.length, `${id} ${JSON.stringify(state)}`).toBe(t.rows.length);
				for (const ids of t.rowSources) {
					expect(ids.length, `${id} ${JSON.stringify(state)}`).toBeGreaterThan(0);
					for (const s of ids) expect(chartSources.has(s), `${id}: ${s}`).toBe(true);
				}
			}
		}
	});

	it('a yearly total cites the sources that give every one of its months, and only those', () => {
		const t = definitionOf('us-casualties').table(
			chartData()['us-casualties'],
			{ view: 'by-year', year: '' },
			en
		);
		const months = usMonthly(d);
		const deaths = sourcesOfEveryMonth(months);
		const wounded = sourcesOfEveryMonth(
			months.map((m) => ({ month: m.month, sourceIds: m.woundedSourceIds }))
		);
		const years = [...deaths.keys()];
		// each figure by its own sources: a year's deaths, then its wounded
		expect(t.cellSources?.map((row) => row.slice(1))).toEqual(
			years.map((y) => [deaths.get(y), wounded.get(y)])
		);
		// a source that gives only some of a year's months (iCasualties, one or two deaths
		// apart in 2006 and 2010) is not the source of the year's total
		for (const [i, y] of years.entries()) {
			const inYear = months.filter((m) => yearOf(m.month) === y);
			for (const id of new Set(inYear.flatMap((m) => m.sourceIds)))
				expect(t.cellSources?.[i]?.[1]?.includes(id), `${y} ${id}`).toBe(
					inYear.every((m) => m.sourceIds.includes(id))
				);
		}
	});

	it('the civilian monthly running total rests on every month so far (both IBC publications by 2013)', () => {
		const t = definitionOf('civilian-toll').table(
			chartData()['civilian-toll'],
			{ view: 'monthly', year: '' },
			en
		);
		const months = ibcMonthly(d);
		expect(t.rowSources[0]).toEqual(months[0]!.sourceIds);
		const all = new Set(months.flatMap((m) => m.sourceIds));
		expect(new Set(t.rowSources.at(-1))).toEqual(all);
		// a 2003 row cites only sources of 2003 months
		const in2003 = new Set(
			months.filter((m) => yearOf(m.month) === 2003).flatMap((m) => m.sourceIds)
		);
		for (const ids of t.rowSources.slice(0, 10))
			for (const s of ids) expect(in2003.has(s)).toBe(true);
	});

	it('the CSV download writes each row’s own source ids', () => {
		const def = definitionOf('death-estimates');
		const data = chartData()['death-estimates'];
		const state = { group: 'all' };
		const csv = chartCsv({ def, data, state, locale: en, permalink: '', publishers: {} });
		const lines = csv.replace('\uFEFF', '').trim().split('\n');
		const t = def.table(data, state, en);
		expect(lines.length).toBe(t.rows.length + 1);
		const lastColumn = lines.slice(1).map((l) => l.split(',').at(-1));
		expect(lastColumn).toEqual(t.rowSources.map((ids) => ids.join(';')));
		// estimates come from different studies, so the rows do not all cite the same thing
		expect(new Set(lastColumn).size).toBeGreaterThan(1);
	});
});
