/**
 * Social-card PNGs, rendered at build time from the chart's standalone SVG with resvg and TTF
 * fonts from npm (IBM Plex Sans Arabic covers Arabic and Latin; resvg reads no WOFF). A font or
 * render error throws, which fails the build.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONTS = [
	require.resolve('@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf'),
	require.resolve('@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf')
];

let rendered = 0;

export function renderPng(svg: string, label: string, total: number, width?: number): Uint8Array {
	const started = performance.now();
	const png = new Resvg(svg, {
		fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'IBM Plex Sans Arabic' }
	})
		.render()
		.asPng();
	rendered++;
	console.log(
		`social card ${rendered} of ${total}: ${label} (${Math.round(performance.now() - started)} ms)`
	);
	return png;
}
