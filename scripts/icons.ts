// `npm run icons`: the home-screen icons of static/manifest.webmanifest, drawn from scripts/icons/mark.svg.
// Node only. The PNGs are committed; run this again only when the mark changes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const MARK = join(import.meta.dirname, 'icons/mark.svg');
const OUT = join(import.meta.dirname, '../static/icons');
/** The sizes the manifest declares: Android's home screen and its splash screen. */
export const ICON_SIZES = [192, 512] as const;

mkdirSync(OUT, { recursive: true });
for (const size of ICON_SIZES) {
	const file = join(OUT, `icon-${size}.png`);
	// The SVG is drawn at the target size (not scaled from a bitmap), then stored as a compact palette PNG.
	await sharp(MARK, { density: (72 * size) / 512 })
		.resize(size, size)
		.png({ palette: true, compressionLevel: 9 })
		.toFile(file);
	console.log(`${file}`);
}
