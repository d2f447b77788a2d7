import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The generator is plain JavaScript so it runs without a build; its helpers are tested here.
import {
	codePoints,
	config,
	faces,
	facesModule,
	fontFaceCss,
	subsetFaces
} from '../../scripts/subset-fonts.mjs';

const FONTS = 'src/lib/assets/fonts';

/** Arabic-script blocks: basic, supplement, extended, presentation forms. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;

function filesUnder(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path, ext);
		return ext.test(name) ? [path] : [];
	});
}

describe('the Arabic face subset', () => {
	it('the committed woff2 files, @font-face rules and face list are what the script makes', async () => {
		const made = await subsetFaces();
		expect(made.map((f) => f.file).sort()).toEqual(
			readdirSync(FONTS)
				.filter((f) => f.endsWith('.woff2'))
				.sort()
		);
		for (const { file, bytes } of made) {
			expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
			expect(Buffer.compare(bytes, readFileSync(join(FONTS, file)))).toBe(0);
		}
		expect(readFileSync(join(FONTS, 'naskh.css'), 'utf8')).toBe(fontFaceCss());
		expect(readFileSync(join(FONTS, 'faces.ts'), 'utf8')).toBe(facesModule());
	}, 30_000);

	it('each cut is less than two thirds of the file it is cut from', () => {
		for (const face of faces()) {
			const source = statSync(createRequire(import.meta.url).resolve(face.source)).size;
			expect(statSync(join(FONTS, face.file)).size).toBeLessThan((source * 2) / 3);
		}
	});

	it('covers every Arabic-script character in the copy, chart text and data', () => {
		const arabic = config.cuts.find((c) => c.name === 'arabic')!;
		const covered = new Set<number>(codePoints(arabic.unicodeRange));
		const sources = [
			...filesUnder('src', /\.(ts|svelte|aml|json)$/),
			...filesUnder('data', /\.csv$/).filter((f) => !f.includes('/raw/'))
		];
		const missing = new Map<string, string>();
		for (const file of sources) {
			for (const [ch] of readFileSync(file, 'utf8').matchAll(ARABIC_SCRIPT)) {
				if (!covered.has(ch.codePointAt(0)!)) missing.set(ch, file);
			}
		}
		expect(Object.fromEntries(missing)).toEqual({});
		// and the scan did see Arabic (a broken pattern would pass vacuously)
		expect(
			readFileSync('src/content/story.ar.aml', 'utf8').match(ARABIC_SCRIPT)!.length
		).toBeGreaterThan(1000);
	});

	it('no character belongs to two cuts (each is drawn by exactly one file)', () => {
		const seen = new Map<number, string>();
		for (const cut of config.cuts) {
			for (const cp of codePoints(cut.unicodeRange)) {
				expect(seen.get(cp), `U+${cp.toString(16)}`).toBeUndefined();
				seen.set(cp, cut.name);
			}
		}
	});

	it('parses unicode-range lists', () => {
		expect(codePoints(['U+204F', 'U+200C-200E'])).toEqual([0x204f, 0x200c, 0x200d, 0x200e]);
	});
});
