// The data texts a page shows, typeset in French (frenchTypography) by the loaders; data/ keeps plain spaces.
// Pure and browser-safe.
import type { Operator } from '../types';
import { frenchTypography } from './french';

/** An operator's prose as a reader sees it; ids, names and addresses unchanged. */
export function typesetOperator(operator: Operator): Operator {
	return {
		...operator,
		mandate: frenchTypography(operator.mandate),
		entryPoint: frenchTypography(operator.entryPoint),
		howToAsk: frenchTypography(operator.howToAsk)
	};
}
