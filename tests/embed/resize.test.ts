import { describe, expect, it } from 'vitest';
import { heightMessages, MESSAGE_TYPE } from '$lib/embed/resize';
import { iframeSnippet, scriptSnippet } from '$lib/embed/snippets';

describe('height messages speak every host’s protocol', () => {
	it('pym.js v1 (only when a pym Parent made the frame), AMP, iframe.resize and our own', () => {
		const href = 'http://localhost:4173/en/embed/war-cost/?childId=chart-1';
		expect(heightMessages(812, { chart: 'war-cost', childId: 'chart-1' }, href)).toEqual([
			'pymxPYMxchart-1xPYMxheightxPYMx812',
			{ sentinel: 'amp', type: 'embed-size', height: 812 },
			JSON.stringify({ context: 'iframe.resize', src: href, height: 812 }),
			{ type: MESSAGE_TYPE, chart: 'war-cost', height: 812 }
		]);
		expect(heightMessages(10, { chart: 'x', childId: null }, href)).toHaveLength(3);
	});
});

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
});
