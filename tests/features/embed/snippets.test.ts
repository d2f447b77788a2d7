import { describe, expect, it } from 'vitest';
import { iframeSnippet, scriptSnippet } from '$lib/features/embed/snippets';

describe('embed snippets', () => {
	it('escape what they quote and keep a fixed fallback height', () => {
		const s = iframeSnippet('http://x/en/embed/a/?view=b&year=2006', 'A "title" <b>', 512.4);
		expect(s).toBe(
			'<iframe src="http://x/en/embed/a/?view=b&amp;year=2006" title="A &quot;title&quot; &lt;b&gt;" width="100%" height="513" style="border:0;width:100%" loading="lazy"></iframe>'
		);
		expect(scriptSnippet('http://x/e/', 't', 400)).toMatch(
			/data-height="400"><\/div>\n<script async src="http:\/\/localhost:4173\/embed.js"><\/script>$/
		);
	});
	it('point a state at the live embed and the default at the plain one', async () => {
		const { embedPath } = await import('$lib/features/embed/snippets');
		expect(embedPath('en', 'war-cost')).toBe('/en/embed/war-cost/');
		expect(embedPath('ar', 'war-cost', '?view=estimates')).toBe(
			'/ar/embed/war-cost/live/?view=estimates'
		);
	});
});
