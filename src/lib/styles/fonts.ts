/** The font faces the site ships: read by the build's CSS pipeline (scripts/css/dsfr.ts) and by src/hooks.server.ts. */

export interface FontFace {
	family: string;
	weight: string;
	style: string;
	/**
	 * `swap`: text shows at once in the stand-in (site.css), then in Marianne. `optional`: Marianne only if it is
	 * there within a frame or so, else the stand-in for the page's life; the next page has it from the cache.
	 */
	display: 'swap' | 'optional';
}

/**
 * The faces the pages' text is set in, measured in Chromium (document.fonts after load) on every page type at
 * 375 and 1366 px and in print: Marianne regular, medium and bold. No italic, no light, no Spectral;
 * tests/e2e/css.spec.ts checks that every text still asks for one of these.
 */
export const FONT_FACES: readonly FontFace[] = [
	{ family: 'Marianne', weight: '400', style: 'normal', display: 'swap' },
	{ family: 'Marianne', weight: '500', style: 'normal', display: 'swap' },
	// Headings: a heading that rewraps when its font arrives pushes the whole page down (a layout shift of 0.035 on
	// a département page, measured with the fonts held back a second). The stand-in's widths cannot match every
	// line, so bold is optional: a first visit on a slow network may show headings in the stand-in.
	{ family: 'Marianne', weight: '700', style: 'normal', display: 'optional' }
];

/** The body text's face, preloaded so that it does not wait for the stylesheet (DSFR's file name, before hashing). */
export const PRELOADED_FONT = 'Marianne-Regular';
