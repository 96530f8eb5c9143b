import { formatPercent } from '$lib/format/french';
import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColours, parseHex, wrapLabel } from './scale';

describe('heat map colours', () => {
	it('keeps the written number at 4.5:1 or more on every shade of the scale', () => {
		for (let value = 0; value <= 100; value += 1) {
			const { fill, text } = heatColours(value, 100);
			expect(
				contrastRatio(parseHex(fill), parseHex(text)),
				`value ${value}: ${text} on ${fill}`
			).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('gets darker as the count grows, and switches to white text on the darkest cells', () => {
		const light = heatColours(0, 10);
		const dark = heatColours(10, 10);
		expect(contrastRatio(parseHex(light.fill), [255, 255, 255])).toBeLessThan(1.2);
		expect(light.text).toBe('#000000');
		expect(dark.fill).toBe('#000091');
		expect(dark.text).toBe('#ffffff');
	});

	it('draws an empty scale in the lightest shade instead of dividing by zero', () => {
		expect(heatColours(0, 0)).toEqual(heatColours(0, 5));
	});
});

describe('chart labels', () => {
	it('wraps a long operator name on spaces without cutting words', () => {
		expect(wrapLabel('Banque des Territoires', 11)).toEqual(['Banque des', 'Territoires']);
		expect(wrapLabel('Cerema', 11)).toEqual(['Cerema']);
	});

	it('writes rates as French percentages', () => {
		expect(formatPercent(2 / 3).replace(/\s/g, ' ')).toBe('67 %');
	});
});
