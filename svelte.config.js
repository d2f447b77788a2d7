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
			strict: true
		}),
		prerender: {
			entries: ['*', '/data/summary.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
