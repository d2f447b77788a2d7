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

export default defineConfig({
	plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } })],
	resolve: { alias: { $lib: here('./src/lib'), $content: here('./src/content') } },
	publicDir: false,
	// Assets the islands import (the Arabic face, for downloads) are served from here too.
	base: '/_islands/',
	build: {
		outDir: 'static/_islands',
		emptyOutDir: true,
		target: 'es2022',
		modulePreload: false,
		minify: true,
		rollupOptions: {
			input: {
				story: here('./src/lib/features/story/story.island.ts'),
				gallery: here('./src/lib/features/gallery/gallery.island.ts'),
				explore: here('./src/lib/features/explore/explore.island.ts')
			},
			output: {
				format: 'es',
				entryFileNames: '[name].js',
				chunkFileNames: 'chunk-[hash].js'
			}
		}
	}
});
