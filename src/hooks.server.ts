// Server hook, run at build time when pages are prerendered (never reaches the browser): what each page preloads.
import type { Handle } from '@sveltejs/kit';
import { PRELOADED_FONT } from '$lib/styles/fonts';

// The body text's font is requested with the stylesheet rather than after it: it paints the first text.
// The other faces wait for the stylesheet, as they would anyway, so that they do not slow it down.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && path.includes(`/${PRELOADED_FONT}.`))
	});
