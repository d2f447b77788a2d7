/**
 * The ESOC incident file was saved by an old Mac spreadsheet: Latin-1 bytes, lines ending in a
 * bare CR. These two helpers turn such bytes into the text the CSV parser expects, without
 * touching the file on disk (it stays a byte-for-byte copy).
 */

/**
 * Latin-1 (ISO 8859-1) bytes to text: each byte is the code point of the same number, so the
 * decoding cannot fail. Done by hand rather than with `TextDecoder('latin1')`, which the WHATWG
 * Encoding standard maps to Windows-1252 (bytes 0x80–0x9F would change).
 */
export function decodeLatin1(bytes: Uint8Array): string {
	let text = '';
	// In chunks, so String.fromCharCode never receives more arguments than the engine allows.
	for (let i = 0; i < bytes.length; i += 0x8000)
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return text;
}

/** CR LF (Windows) and bare CR (classic Mac OS) line endings to LF. */
export const normaliseLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Text that was UTF-8, decoded as Latin-1 by mistake (`SÃ®rwan` for `Sîrwan`), decoded again as
 * UTF-8. Text that is not such mojibake comes back unchanged.
 */
export function repairMojibake(text: string): string {
	// A character beyond Latin-1 means the text was decoded right in the first place.
	for (const ch of text) if (ch.charCodeAt(0) > 0xff) return text;
	try {
		const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return text;
	}
}
