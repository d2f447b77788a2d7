#!/usr/bin/env node
/**
 * `npm run build:islands`: builds each page's island script on its own (vite.islands.config.ts
 * reads ISLAND), into static/_islands/, so that a page's first script is one file, not a chain
 * of chunks shared with the other pages' scripts.
 */
import { build } from 'vite';

const ISLANDS = ['story', 'gallery', 'explore'];
for (const [i, island] of ISLANDS.entries()) {
	process.env.ISLAND = island;
	process.env.ISLAND_FIRST = i === 0 ? '1' : '0';
	await build({ configFile: 'vite.islands.config.ts', logLevel: 'warn' });
	console.log(`island script built: /_islands/${island}.js`);
}
