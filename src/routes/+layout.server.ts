import { getDataset } from '$lib/server/data/load';
import { getGlossary } from '$lib/server/data/load-glossary';

// Every page explains its sigles on first use: the glossary's spellings and expansions (not its definitions or
// sources, which /glossaire shows), and the operators' short names that are sigles.
export function load() {
	const operators = getDataset().operators.filter((operator) => !operator.shortName.includes(' '));
	return {
		abbreviations: [
			...getGlossary().map(({ term, forms, expansion }) => ({ term, forms, expansion })),
			...operators.map((operator) => ({ term: operator.shortName, expansion: operator.name }))
		]
	};
}
