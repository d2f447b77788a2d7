import { describe, expect, it } from 'vitest';
import { decodeLatin1, normaliseLineEndings, repairMojibake } from '$lib/stats/governorates';

describe('decodeLatin1(bytes)', () => {
	it('maps every byte to the code point of the same number (0x80–0x9F included)', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = decodeLatin1(bytes);
		expect(text).toHaveLength(256);
		expect([...text].map((c) => c.charCodeAt(0))).toEqual([...bytes]);
	});
	it('reads the incident file’s bytes as written (Û is 0xDB)', () => {
		expect(decodeLatin1(Uint8Array.from([0x56, 0xdb, 0xf7]))).toBe('VÛ÷');
	});
	it('decodes long inputs (more bytes than one call may take as arguments)', () => {
		expect(decodeLatin1(new Uint8Array(200_000).fill(0x41))).toBe('A'.repeat(200_000));
	});
});

describe('normaliseLineEndings(text)', () => {
	const cases = [
		{ name: 'bare CR (classic Mac OS)', text: 'a,b\rc,d\r', expected: 'a,b\nc,d\n' },
		{ name: 'CR LF (Windows)', text: 'a,b\r\nc,d\r\n', expected: 'a,b\nc,d\n' },
		{ name: 'LF, unchanged', text: 'a,b\nc,d\n', expected: 'a,b\nc,d\n' }
	];
	for (const { name, text, expected } of cases)
		it(name, () => expect(normaliseLineEndings(text)).toBe(expected));
});

describe('repairMojibake(text)', () => {
	const cases = [
		{ name: 'Arabic read as Latin-1', text: 'Ù\x86Ù\x87Ø± Ø¯Ø¬Ù\x84Ø©', expected: 'نهر دجلة' },
		{ name: 'Turkish read as Latin-1', text: 'Hezil Ã\x87ayÄ±', expected: 'Hezil Çayı' },
		{ name: 'plain ASCII, unchanged', text: 'Euphrates', expected: 'Euphrates' },
		{ name: 'real Latin-1 that is not UTF-8, unchanged', text: 'Ça', expected: 'Ça' },
		{ name: 'text already decoded, unchanged', text: 'نهر', expected: 'نهر' }
	];
	for (const { name, text, expected } of cases)
		it(name, () => expect(repairMojibake(text)).toBe(expected));
});
