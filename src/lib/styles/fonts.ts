/** The font faces the site ships: read by the build's CSS pipeline (scripts/css/dsfr.ts) and by src/hooks.server.ts. */

export interface FontFace {
	family: string;
	weight: string;
	style: string;
}

/**
 * The faces the pages' text is set in, measured in Chromium (document.fonts after load) on every page type at
 * 375 and 1366 px and in print: Marianne regular, medium and bold. No italic, no light, no Spectral;
 * tests/e2e/css.spec.ts checks that every text still asks for one of these.
 */
export const FONT_FACES: readonly FontFace[] = [
	{ family: 'Marianne', weight: '400', style: 'normal' },
	{ family: 'Marianne', weight: '500', style: 'normal' },
	{ family: 'Marianne', weight: '700', style: 'normal' }
];

/** The body text's face, preloaded so that it does not wait for the stylesheet (DSFR's file name, before hashing). */
export const PRELOADED_FONT = 'Marianne-Regular';
