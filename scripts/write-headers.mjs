#!/usr/bin/env node
/**
 * Writes build/_headers: the header-only security directives that a <meta> CSP cannot carry,
 * in the host-neutral `_headers` format (Netlify, Cloudflare Pages; applied locally by
 * scripts/serve.mjs). One rule per built page, so no two rules overlap: the embed pages may be
 * framed by any site, every other page by none; every file may be read from any origin.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = process.env.BUILD_DIR ?? 'build';
const COMMON = [
	// Every file may be read from any origin: a sandboxed embed (WordPress frames ours with
	// `sandbox="allow-scripts"`) has an opaque origin, `null`, and fetches its fonts in CORS mode.
	'Access-Control-Allow-Origin: *',
	'X-Content-Type-Options: nosniff',
	'Referrer-Policy: strict-origin-when-cross-origin',
	'Permissions-Policy: camera=(), microphone=(), geolocation=()'
];

function pages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(path);
		return name === 'index.html' ? [path] : [];
	});
}

const rules = pages(BUILD)
	.map((file) =>
		`/${relative(BUILD, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/')
	)
	.sort()
	.map((path) => {
		const embeddable = /^\/(ar|en)\/embed\//.test(path);
		return [
			path,
			...COMMON,
			`Content-Security-Policy: frame-ancestors ${embeddable ? '*' : "'none'"}`
		]
			.map((line, i) => (i === 0 ? line : `  ${line}`))
			.join('\n');
	});

// Hashed build assets never change: cache them for a year.
rules.push(
	['/_app/immutable/*', 'Cache-Control: public, max-age=31536000, immutable', ...COMMON]
		.map((line, i) => (i === 0 ? line : `  ${line}`))
		.join('\n')
);
// Files that are not pages (data, images, scripts) share the common headers.
rules.push(['/*', ...COMMON].map((line, i) => (i === 0 ? line : `  ${line}`)).join('\n'));
writeFileSync(join(BUILD, '_headers'), rules.join('\n\n') + '\n');
console.log(`_headers: ${rules.length - 2} pages`);
