/**
 * The chart colour variables as one inline style, built from tokens.ts. `light-dark()` picks
 * the value for the page's colour scheme (light, dark, or an embed's `?theme=`), so both
 * themes come from the same tokens and no stylesheet repeats them.
 */
import { SERIES } from './tokens';

const CHROME = {
	grid: { light: '#D7D4CF', dark: '#3A3F47' },
	muted: { light: '#5B616B', dark: '#A4A9B1' },
	focus: { light: '#9A4A00', dark: '#F0A04B' },
	'tooltip-bg': { light: '#1F2328', dark: '#F4F2EE' },
	'tooltip-fg': { light: '#FFFFFF', dark: '#16181C' }
} as const;

const ld = (c: { light: string; dark: string }) => `light-dark(${c.light}, ${c.dark})`;

export const CHART_THEME_STYLE = [
	...Object.entries(SERIES).map(([name, c]) => `--series-${name}: ${ld(c)}`),
	...Object.entries(CHROME).map(([name, c]) => `--chart-${name}: ${ld(c)}`)
].join('; ');
