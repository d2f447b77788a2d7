import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Font files stay files, however small: inlined as data: URIs they would sit uncompressible
		// in every Arabic page's inline CSS, and downloads fetch them (CSP: connect-src 'self').
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined)
	},
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		// Dates in tests must not depend on the machine's zone.
		env: { TZ: 'UTC' }
	}
});
