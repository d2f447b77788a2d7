#!/usr/bin/env node
/**
 * `npm run build:islands`: builds each page's island script on its own (vite.islands.config.ts
 * reads ISLAND), into static/_islands/, so that a page's first script is one file, not a chain
 * of chunks shared with the other pages' scripts. Then minifies the embed page's own script
 * (src/embed/embed-child.ts, no framework) into static/embed-child.js: the embeds' whole
 * script budget is 2 KB.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ISLANDS = ['story', 'gallery', 'explore'];
for (const [i, island] of ISLANDS.entries()) {
	process.env.ISLAND = island;
	process.env.ISLAND_FIRST = i === 0 ? '1' : '0';
	await build({ configFile: 'vite.islands.config.ts', logLevel: 'warn' });
	console.log(`island script built: /_islands/${island}.js`);
}

await build({
	configFile: false,
	logLevel: 'warn',
	publicDir: false,
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	build: {
		outDir: 'static',
		emptyOutDir: false,
		minify: true,
		lib: {
			entry: 'src/embed/embed-child.ts',
			formats: ['iife'],
			name: 'embedChild',
			fileName: () => 'embed-child.js'
		}
	}
});
console.log('embed script built: /embed-child.js');
