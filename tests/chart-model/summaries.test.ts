import { describe, expect, it } from 'vitest';
import { definitionOf } from '$lib/chart-model/registry';
import { CHART_IDS } from '$lib/chart-model/registry';
import { headlineFigures, ibcPeakMonth, ibcPeakYear, ibcTotal, usByYear } from '$lib/stats';
import { formatCount, settingsFor } from '$lib/i18n';
import { realData } from '../helpers';
import { chartData } from '../render/live/render';

const d = realData();
const en = settingsFor('en');
const ar = settingsFor('ar');
const arEastern = settingsFor('ar', 'arab');
const summary = (
	id: Parameters<typeof definitionOf>[0],
	state: Record<string, string>,
	locale = en
) => definitionOf(id).summary(chartData()[id], state, locale);

describe('text summaries state the module’s numbers', () => {
	it('civilian toll: total, peak year and peak month, in both languages', () => {
		const total = formatCount(ibcTotal(d, 2003, 2013).value, en);
		const peakYear = ibcPeakYear(d);
		const peakMonth = ibcPeakMonth(d);
		const text = summary('civilian-toll', { view: 'monthly', year: '' });
		expect(text).toContain(total);
		expect(text).toContain(
			`${peakYear.year} was the deadliest year (${formatCount(peakYear.deaths.value, en)})`
		);
		expect(text).toContain(formatCount(peakMonth.deaths, en));
		expect(summary('civilian-toll', { view: 'monthly', year: '' }, ar)).toContain(total);
		expect(summary('civilian-toll', { view: 'monthly', year: '' }, arEastern)).toContain(
			formatCount(ibcTotal(d, 2003, 2013).value, arEastern)
		);
	});
	it('US deaths: the deadliest year and its count', () => {
		const deadliest = usByYear(d).reduce((a, b) => (b.deaths > a.deaths ? b : a));
		expect(summary('coalition-deaths', { view: 'us-monthly', year: '' })).toContain(
			`the deadliest year was ${deadliest.year}, with ${formatCount(deadliest.deaths, en)} deaths`
		);
	});
	it('US casualties, text vs sources: the claim, the official count and the ratio', () => {
		const f = headlineFigures(d);
		const text = summary('us-casualties', { view: 'claim', year: '' });
		expect(text).toContain('about 4,500 wounded');
		expect(text).toContain(formatCount(f.us_wounded_total.value, en));
		expect(text).toContain(`about ${(f.us_wounded_total.value / 4500).toFixed(1)} times`);
	});
	it('a highlighted year adds that year’s figure', () => {
		const y2006 = usByYear(d).find((y) => y.year === 2006)!;
		expect(summary('us-casualties', { view: 'by-year', year: '2006' })).toContain(
			// deaths from every cause, not "killed"; October 2006 rests on the secondary series alone,
			// and every wounded figure does
			`In 2006: ${formatCount(y2006.deaths, en)} deaths (unverified) and ${formatCount(y2006.wounded, en)} wounded (unverified).`
		);
	});
	it('every chart’s table has as many cells per row as columns', () => {
		for (const id of CHART_IDS) {
			const def = definitionOf(id);
			const spec = def.states(chartData()[id]);
			for (const value of Object.values(spec)[0]!.values) {
				const key = Object.keys(spec)[0]!;
				const t = def.table(
					chartData()[id],
					{
						...Object.fromEntries(Object.entries(spec).map(([k, p]) => [k, p.default])),
						[key]: value
					},
					en
				);
				expect(t.rows.length, `${id} ${value}`).toBeGreaterThan(0);
				for (const row of t.rows) expect(row.length).toBe(t.columns.length);
			}
		}
	});
});
