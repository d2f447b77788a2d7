/**
 * The one typed door into LayerCake's context, so no mark reads an untyped bag. Scales are
 * d3 scales; with `percentRange` their ranges run 0–100 (percent of the plot area).
 */
import { getLayerCakeContext, type LayerCakeContext } from 'layercake';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

export type BandContext<T> = LayerCakeContext<
	{ x: ScaleBand<string>; y: ScaleLinear<number, number> },
	T[]
>;
export type BarContext<T> = LayerCakeContext<
	{ x: ScaleLinear<number, number>; y: ScaleBand<string> },
	T[]
>;

/** Columns: a band scale on x (categories or periods), a linear scale on y. */
export const columnContext = <T>(): BandContext<T> =>
	getLayerCakeContext<{ x: ScaleBand<string>; y: ScaleLinear<number, number> }, T[]>();
/** Horizontal bars: a linear scale on x, a band scale on y. */
export const barContext = <T>(): BarContext<T> =>
	getLayerCakeContext<{ x: ScaleLinear<number, number>; y: ScaleBand<string> }, T[]>();

/** Rounds a percentage for attributes: stable output, no float noise in the HTML. */
export const pct = (n: number): number => Math.round(n * 1000) / 1000;
