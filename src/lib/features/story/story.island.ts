/**
 * The story's script (built to /_islands/story.js; the page itself ships no framework). It
 * makes the scroller follow the reader, keeps the edition switch and the share link on the
 * reader's step, opens fact-check evidence where there is room, and runs the sticky chart: its
 * figures are server HTML, one per step's chart state, fetched as the reader nears them and
 * swapped in as each step becomes active; their data points and actions work by delegation,
 * the same behaviour as on every other page. No chart code and no framework load until a
 * reader downloads a chart.
 */
import { attachChartActions } from '$lib/features/chart/chartActions';
import { attachTextFit } from '$lib/render/live/fit/textFit';
import { attachPointTips } from '$lib/features/chart/pointTips';
import { downloadFromPage } from '$lib/features/islands/downloads';
import { whenIdle } from '$lib/features/islands/islands';
import { isLang, settingsFor } from '$lib/i18n/lang';
import { openEvidence } from './factCheck';
import { attachScrolly } from './scrolly';
import { attachShareButtons } from './shareButtons';
import { attachStickyFigure } from './stickyFigure';

const langAttr = document.documentElement.lang;
const lang = isLang(langAttr) ? langAttr : 'en';
const root = document.querySelector<HTMLElement>('[data-scrolly]');
const sticky = document.querySelector<HTMLElement>('[data-sticky-figure]');
const editionLinks = [...document.querySelectorAll<HTMLAnchorElement>('a.edition-switch')];
const shareRoot = document.querySelector<HTMLElement>('[data-share]');
const share = shareRoot ? attachShareButtons(shareRoot) : null;

if (root && sticky) {
	attachPointTips(sticky);
	attachTextFit(sticky);
	// Downloads draw the chart afresh (SVG, PNG, CSV): only then do its definition and data load.
	const actions = attachChartActions(sticky, downloadFromPage(settingsFor(lang)));
	const figures = attachStickyFigure(sticky, actions.refresh);
	const graphic = root.querySelector('.graphic');
	const steps = [...root.querySelectorAll<HTMLElement>('[data-steps] > [data-step]')];
	const prefetchAround = (i: number) => {
		for (const near of [steps[i + 1], steps[i - 1]])
			if (near?.dataset.figure) figures.prefetch(near.dataset.figure);
	};
	const scrolly = attachScrolly(root, (i, step) => {
		const hash = i > 0 ? `#step-${step.dataset.step}` : '';
		for (const link of editionLinks) link.href = `/${link.hreflang}/${hash}`;
		share?.setPath(`/${lang}/${hash}`);
		graphic?.setAttribute('data-active-chart', step.dataset.chart ?? '');
		if (step.dataset.figure) void figures.show(step.dataset.figure);
		prefetchAround(i); // the figures the reader will most likely want next
	});
	// not inside the load window: the first screen's figure is in the page already
	whenIdle(() => prefetchAround(scrolly.index));
}
openEvidence(document);
