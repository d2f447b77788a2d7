/**
 * The floors of the house, enforced (`npm test` runs `depcruise`). From the ground up, each
 * folder imports only from the floors below it:
 *
 *   assets, content    fonts, styles; the story copy and the corrections log (no code above them)
 *   stats              data in, numbers out: parse, validate, compute
 *   i18n               languages, messages, number and date formatting
 *   chart-model        what each chart shows: definitions, plot specs, states, tokens (no Svelte)
 *   render             how it is drawn: live Svelte/LayerCake (render/live), SVG snapshots (render/snapshot)
 *   features           story, chart block, embed, share, explore, site links
 *   server             build-time publishing: reads data files, runs selectors, renders cards
 *   routes             thin pages and endpoints
 *
 * CONTRIBUTING.md says what each floor is for.
 */
const FLOORS = ['assets|content', 'stats', 'i18n', 'chart-model', 'render', 'features', 'server'];
const where = (floor) =>
	floor === 'assets|content' ? '^src/(lib/assets|content)/' : `^src/lib/${floor}/`;
const above = (i) => [...FLOORS.slice(i + 1).map(where), '^src/routes/', '^src/hooks'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		...FLOORS.map((floor, i) => ({
			name: `no-climbing-from-${floor.replace('|', '-or-')}`,
			comment: `${floor} may import only from the floors below it.`,
			severity: 'error',
			from: { path: where(floor) },
			to: { path: above(i) }
		})),
		{
			name: 'no-cycles',
			comment: 'No module imports itself through others.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'no-folder-cycles',
			comment: 'No two folders import each other, however indirectly.',
			severity: 'error',
			scope: 'folder',
			from: {},
			to: { circular: true }
		},
		{
			name: 'model-floors-are-plain-typescript',
			comment:
				'stats, i18n and chart-model import no Svelte, no SvelteKit, no LayerCake and no Node built-ins: they run anywhere (build, browser, tests) unchanged.',
			severity: 'error',
			from: { path: '^src/lib/(stats|i18n|chart-model)/' },
			to: {
				path: [
					'node_modules/(svelte|@sveltejs|layercake|jsdom)/',
					'^(svelte|@sveltejs|layercake)(/|$)',
					'^\\$app/',
					'^(node:)?(fs|path|url|child_process|zlib|crypto)$'
				]
			}
		},
		{
			name: 'model-floors-have-no-components',
			severity: 'error',
			from: { path: '^src/lib/(stats|i18n|chart-model)/' },
			to: { path: '\\.svelte$' }
		},
		{
			name: 'renderers-stay-apart',
			comment:
				'The live charts and the SVG snapshot both draw from the chart model, never from each other.',
			severity: 'error',
			from: { path: '^src/lib/render/(live|snapshot)/' },
			to: { path: '^src/lib/render/(live|snapshot)/', pathNot: '^src/lib/render/$1/' }
		},
		{
			name: 'server-only-stays-on-the-server',
			comment: 'Nothing the browser loads may import build-time code.',
			severity: 'error',
			from: { path: '\\.svelte$|^src/lib/(stats|i18n|chart-model|render|features)/' },
			to: { path: '^src/lib/server/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: '.dependency-cruiser.aliases.mjs' },
		exclude: { path: '\\.d\\.ts$' }
	}
};
