// SvelteKit's import aliases, in the form dependency-cruiser resolves (a webpack `resolve` block).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
export default {
	resolve: {
		alias: { $lib: resolve(root, 'src/lib'), $content: resolve(root, 'src/content') },
		extensions: ['.ts', '.js', '.svelte', '.json']
	}
};
