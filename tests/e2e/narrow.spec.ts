/**
 * Embeds in the columns editors paste them into (issue 21 §3): every chart, in every declared
 * state, in both editions, at 300, 345 (WordPress's content column on a phone), 390, 640 and
 * 1,280 px. Time-axis labels thin out rather than run into each other ("2003200420052006…"),
 * and none leaves the frame. The same check over all of a chart's text is
 * `narrowAll.pending.ts`, held out of the run until the overlaps it lists are fixed.
 */
import { narrowColumnTests } from './narrow';

narrowColumnTests(
	'time-axis labels never overlap and stay inside the frame',
	'figure.chart .time-axis'
);
