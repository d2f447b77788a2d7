/**
 * Where the site is published. Absolute URLs (social images, oEmbed, embed snippets) need it at
 * build time: set VITE_SITE_ORIGIN when building for a real host; the default is the local
 * preview server that `npm start` runs.
 */
export const SITE_ORIGIN: string = (
	import.meta.env.VITE_SITE_ORIGIN ?? 'http://localhost:4173'
).replace(/\/$/, '');
export const SITE_NAME = {
	ar: 'العراق 2003–2013: الحرب بالأرقام',
	en: 'Iraq 2003–2013: the war in numbers',
	ckb: 'عێراق 2003–2013: جەنگ بە ژمارە'
} as const;
/** An absolute URL from a root-relative path (`/en/`); never pass a page-relative path here. */
export const absolute = (path: string): string => {
	if (!path.startsWith('/'))
		throw new Error(`absolute(): expected a root-relative path, got "${path}"`);
	return `${SITE_ORIGIN}${path}`;
};
