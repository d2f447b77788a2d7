/**
 * Embeds in the columns editors paste them into (issue 21 §3): every chart, in every declared
 * state, in both editions, at 300, 345 (WordPress's content column on a phone), 390, 640 and
 * 1,280 px. No two pieces of chart text (axis labels, annotations, value labels, map labels,
 * legends) overlap, and none leaves the frame: time-axis labels thin out, annotations take
 * lanes, map labels give way by priority, long value texts go above their bars. Without
 * scripts, the default state holds by CSS alone.
 */
import { narrowColumnTests } from './narrow';
import { test } from './fixtures';

const SCOPE = 'figure.chart .plot, figure.chart .legend';
const WHAT = 'no text overlaps, none leaves the frame';

narrowColumnTests(WHAT, SCOPE);

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });
	narrowColumnTests(WHAT, SCOPE, false);
});
