/**
 * The island scripts: pages that ship no framework (csr = false) load one small module each
 * from /_islands/, which hydrates their islands with Svelte and runs the rest in plain DOM.
 * Built before the site (`npm run build`) into static/_islands/, which SvelteKit copies as is.
 * Component CSS is not emitted here: the server-rendered page already carries it.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const ISLANDS = {
	story: here('./src/lib/features/story/story.island.ts'),
	gallery: here('./src/lib/features/gallery/gallery.island.ts'),
	explore: here('./src/lib/features/explore/explore.island.ts')
};
// Built one island script at a time (`ISLAND=story`…, scripts/build-islands.mjs), so each page's
// script is one file with what it needs at first, not a chain of chunks shared with the others:
// a page's first load is one request. Code they load later (a chart, downloads) is still split.
const island = process.env.ISLAND as keyof typeof ISLANDS | undefined;
if (island && !(island in ISLANDS)) throw new Error(`ISLAND=${island}: no such island script`);

export default defineConfig({
	plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } })],
	resolve: { alias: { $lib: here('./src/lib'), $content: here('./src/content') } },
	publicDir: false,
	// Assets the islands import (the Arabic face, for downloads) are served from here too.
	base: '/_islands/',
	build: {
		outDir: 'static/_islands',
		// the first island built empties the folder; the others add to it
		emptyOutDir: process.env.ISLAND_FIRST === '1',
		target: 'es2022',
		// as in vite.config.ts: font files stay files (downloads fetch them)
		assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
		// A woken island's chunks are fetched side by side, not one import after another (Vite
		// adds its preload helper to dynamic imports either way; this makes it earn its bytes).
		modulePreload: { polyfill: false },
		minify: true,
		rollupOptions: {
			// Our own modules are side-effect free (house style: pure functions, components), so an
			// island that imports one word from a barrel (`$lib/i18n`) does not pull in the rest.
			treeshake: { moduleSideEffects: (id) => !id.includes('/src/lib/') },
			input: island ? { [island]: ISLANDS[island] } : ISLANDS,
			output: {
				format: 'es',
				entryFileNames: '[name].js',
				chunkFileNames: 'chunk-[hash].js'
			}
		}
	}
});
