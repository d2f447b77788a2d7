/**
 * Design tokens for every chart: colours, strokes, sizes and the direction rules, named once.
 *
 * Palette: Okabe–Ito (colour-blind safe). Each colour is a CSS custom property with a light and
 * a dark value (see `ChartFrame.svelte`), chosen for ≥ 3:1 contrast against the page background
 * in both themes (WCAG 1.4.11, checked in tests/charts/tokens.test.ts).
 */
import { isRtl, type Lang } from '$lib/i18n/lang';
export const SERIES = {
	us: { light: '#0072B2', dark: '#56B4E9' },
	uk: { light: '#B35900', dark: '#E69F00' },
	other: { light: '#007A5E', dark: '#2BC4A0' },
	civilian: { light: '#A3300F', dark: '#F07A52' },
	neutral: { light: '#5B616B', dark: '#A4A9B1' },
	highlight: { light: '#1F2328', dark: '#F4F2EE' },
	claim: { light: '#B8006B', dark: '#F28AC4' }
} as const;
export type SeriesName = keyof typeof SERIES;

/**
 * The explore map's five classes, low to high (ColorBrewer OrRd in light; the same ramp run
 * from dim to bright in dark, so "more" is always the more salient colour). Borders between
 * governorates carry the shape, so the palest class need not contrast with the page.
 */
export const SEQUENTIAL = [
	{ light: '#FEF0D9', dark: '#3D2A22' },
	{ light: '#FDCC8A', dark: '#6E3B23' },
	{ light: '#FC8D59', dark: '#A84E26' },
	{ light: '#E34A33', dark: '#E0703F' },
	{ light: '#B30000', dark: '#FFB08A' }
] as const;
/** The map's fill for a governorate with no data in the range. */
export const NO_DATA = { light: '#E4E1DC', dark: '#2A2E35' } as const;

/** The page's own colours: background, text, rules, links, cards. */
export const PAGE = {
	bg: { light: '#FBFAF8', dark: '#16181C' },
	fg: { light: '#1F2328', dark: '#E8E6E3' },
	muted: { light: '#5B616B', dark: '#A4A9B1' },
	rule: { light: '#D7D4CF', dark: '#3A3F47' },
	accent: { light: '#9A4A00', dark: '#F0A04B' },
	link: { light: '#0B5CAD', dark: '#7CB7FF' },
	card: { light: '#FFFFFF', dark: '#1F2228' }
} as const;

export const BACKGROUND = PAGE.bg;

/** The charts' furniture: gridlines, muted labels, the focus ring, the tooltip. */
export const CHROME = {
	grid: PAGE.rule,
	muted: PAGE.muted,
	focus: PAGE.accent,
	'tooltip-bg': { light: '#1F2328', dark: '#F4F2EE' },
	'tooltip-fg': { light: '#FFFFFF', dark: '#16181C' }
} as const;

/** A social card's size (Open Graph), and a download's width, in px. */
export const CARD = { width: 1200, height: 630 } as const;
export const DOWNLOAD_WIDTH = 1200;

/** CSS variable holding a series colour. */
export const seriesVar = (name: SeriesName): string => `var(--series-${name})`;

/** A country's colour in every chart: the US and the UK their own, the Peshmerga (not a state)
 * neutral, every other coalition country one shared colour. */
export const countrySeries = (id: string): SeriesName =>
	id === 'united-states'
		? 'us'
		: id === 'united-kingdom'
			? 'uk'
			: id === 'peshmerga'
				? 'neutral'
				: 'other';

export const OPACITY = { muted: 0.35, full: 1 } as const;
/** Chart-area padding in px (axes and labels live in it). */
export const PADDING = { top: 12, bottom: 28, side: 56, band: 8 } as const;

/** Padding of a time chart: room for the value axis on its side (right when mirrored). */
export const timeChartPadding = (mirrored: boolean, extraTop = 0) => ({
	top: PADDING.top + extraTop,
	bottom: PADDING.bottom,
	left: mirrored ? PADDING.band : PADDING.side,
	right: mirrored ? PADDING.side : PADDING.band
});

/**
 * Direction policy, one rule for the whole product:
 * - Time axes run left to right (earliest on the left) in both editions. This is the common
 *   convention in Arabic news graphics for time, and keeps dates comparable between editions.
 * - Categorical layouts mirror in the right-to-left editions: horizontal bars grow from the right, category labels
 *   and legends sit on the right, and the value axis of time charts moves to the right side.
 */
export const mirrorsCategories = (lang: Lang): boolean => isRtl(lang);
