#!/usr/bin/env node
/**
 * Serves the prerendered site from build/ and applies build/_headers, the way a static host
 * would: `npm start` and the browser tests use it, so headers such as frame-ancestors are real.
 * Rule order: a page's own rule, then `/*`; a header set by the page rule is not repeated.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.BUILD_DIR ?? 'build');
const PORT = Number(process.env.PORT ?? 4173);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

/** Parses `_headers`: blocks of a path line followed by indented `Name: value` lines. */
function readRules() {
	const file = join(ROOT, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const i = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}
const rules = readRules();
const matches = (pattern, path) =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

function headersFor(path) {
	const out = {};
	const ordered = [
		...rules.filter((r) => !r.path.endsWith('*')),
		...rules.filter((r) => r.path.endsWith('*'))
	];
	for (const rule of ordered)
		if (matches(rule.path, path))
			for (const [name, value] of rule.headers)
				if (!(name.toLowerCase() in out)) out[name.toLowerCase()] = value;
	return out;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	let file = normalize(join(ROOT, path));
	if (!file.startsWith(ROOT)) {
		res.writeHead(400).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { location: `${path}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	if (!existsSync(file)) {
		const notFound = join(ROOT, '404.html');
		res.writeHead(404, { 'content-type': TYPES['.html'] });
		res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
		return;
	}
	// Precompressed siblings (adapter-static `precompress`): brotli, then gzip, if the client takes them.
	const accepts = String(req.headers['accept-encoding'] ?? '');
	// SERVE_ENCODINGS=gzip serves as a CDN without brotli would (the bench measures both).
	const offered = (process.env.SERVE_ENCODINGS ?? 'br,gzip').split(',');
	const encoding = offered.find(
		(e) => accepts.includes(e) && existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`)
	);
	res.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		vary: 'Accept-Encoding',
		...(encoding ? { 'content-encoding': encoding } : {}),
		...headersFor(path)
	});
	createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file).pipe(res);
}).listen(PORT, HOST, () => console.log(`Serving build/ at http://localhost:${PORT}/`));
