/** Colour and layout helpers shared by the SVG charts; pure so their contrast can be tested in Node. */

type Rgb = [number, number, number];

// From the lightest blue of the DSFR (blue-france-975) to blue-france-sun-113, the État's blue.
const LIGHT: Rgb = [0xf5, 0xf5, 0xfe];
const DARK: Rgb = [0x00, 0x00, 0x91];
// Pure black and white: whichever wins is always above 4.5:1, even at the scale's midpoint.
export const TEXT_ON_LIGHT = '#000000';
export const TEXT_ON_DARK = '#ffffff';

export interface CellColours {
	fill: string;
	text: string;
}

/** The fill for `value` on a 0..`max` scale, and the text colour that stays readable on it. */
export function heatColours(value: number, max: number): CellColours {
	const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
	const rgb = LIGHT.map((channel, index) => Math.round(channel + (DARK[index] - channel) * t)) as Rgb;
	const onLight = contrastRatio(rgb, [0, 0, 0]);
	const onDark = contrastRatio(rgb, [255, 255, 255]);
	return { fill: toHex(rgb), text: onLight >= onDark ? TEXT_ON_LIGHT : TEXT_ON_DARK };
}

export function parseHex(hex: string): Rgb {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: Rgb): string {
	return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high + 0.05) / (low + 0.05);
}

/** Splits a label into lines of at most `width` characters at spaces (SVG text does not wrap). */
export function wrapLabel(label: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
