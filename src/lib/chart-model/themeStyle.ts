/**
 * Every colour variable of the site as one `:root` rule, built from tokens.ts: the page's
 * (--bg, --fg, --link…), the series' (--series-us…) and the charts' furniture (--chart-grid…).
 * `light-dark()` picks the value for the page's colour scheme (light, dark, or an embed's
 * `?theme=`), so both themes come from the same tokens and no stylesheet repeats a colour.
 */
import { CHROME, NO_DATA, PAGE, SEQUENTIAL, SERIES } from './tokens';

const ld = (c: { light: string; dark: string }) => `light-dark(${c.light}, ${c.dark})`;

const VARIABLES = [
	...Object.entries(PAGE).map(([name, c]) => `--${name}: ${ld(c)}`),
	...Object.entries(SERIES).map(([name, c]) => `--series-${name}: ${ld(c)}`),
	...Object.entries(CHROME).map(([name, c]) => `--chart-${name}: ${ld(c)}`),
	...SEQUENTIAL.map((c, i) => `--seq-${i}: ${ld(c)}`),
	`--seq-none: ${ld(NO_DATA)}`
];

/** The colour variables as a stylesheet rule, for the document's head. */
export const THEME_CSS = `:root{${VARIABLES.join(';')}}`;
