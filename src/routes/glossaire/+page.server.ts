import { frenchTypography } from '$lib/format/french';
import { getDataset } from '$lib/server/data/load';
import { getGlossary } from '$lib/server/data/load-glossary';

// Text, tables and charts that need no script: the page ships no JavaScript (Lighthouse: hydrating it was most of
// its blocking time on a phone). The menu is a <details>, which works without.
export const csr = false;

// Every sigle with its expansion, a one-line definition and the official page it was checked on; then the operators.
export function load() {
	const dataset = getDataset();
	const collator = new Intl.Collator('fr');
	return {
		entries: [...getGlossary()]
			.sort((a, b) => collator.compare(a.term, b.term))
			.map((entry) => ({
				...entry,
				definition: frenchTypography(entry.definition)
			})),
		operators: dataset.operators.map(({ id, shortName, name, website }) => ({ id, shortName, name, website }))
	};
}
