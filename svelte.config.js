import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Overridable so a test can run a second, failing build without touching the real one.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		// Every route is prerendered; `strict` fails the build if one cannot be.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			// .br and .gz beside every text file, served by scripts/serve.mjs (static hosts do the same)
			precompress: true,
			strict: true
		}),
		// A strict policy on every page: hashes for SvelteKit's own inline scripts, nothing else
		// inline, no third-party origin. Inline style attributes are allowed (charts position
		// labels with them). frame-ancestors cannot go in a <meta>: see scripts/write-headers.mjs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Root-relative links ("/en/sources/"), the same whether a page hydrates or not: the story
		// and the gallery ship no framework, so nothing would turn "../" links absolute later.
		paths: { relative: false },
		// Editorial content that is not data: story copy, the corrections log.
		alias: { $content: 'src/content' },
		// All CSS (about 15 KB raw) inline in each page: no render-blocking stylesheet requests.
		inlineStyleThreshold: 20_000,
		prerender: {
			entries: ['*', '/data/summary.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
