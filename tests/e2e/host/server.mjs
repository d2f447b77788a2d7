// A second origin for the embed tests: a news site's article pages, served on localhost:4174,
// plus pym.js v1 from npm. Started by Playwright beside the site's own preview server.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const FILES = {
	'/pym.v1.min.js': [here('../../../node_modules/pym.js/dist/pym.v1.min.js'), 'text/javascript'],
	'/embed-script.html': [here('./embed-script.html'), 'text/html'],
	'/forged.html': [here('./forged.html'), 'text/html'],
	'/pym-parent.html': [here('./pym-parent.html'), 'text/html'],
	'/messages.html': [here('./messages.html'), 'text/html'],
	'/record.js': [here('./record.js'), 'text/javascript']
};

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (path === '/favicon.ico') {
		res.writeHead(204).end();
		return;
	}
	const file = FILES[path];
	if (!file) {
		res.writeHead(404).end('not found');
		return;
	}
	res.writeHead(200, { 'content-type': `${file[1]}; charset=utf-8` }).end(readFileSync(file[0]));
}).listen(4174, '127.0.0.1');
