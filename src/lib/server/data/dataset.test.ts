import { describe, expect, it } from 'vitest';
import { OPERATOR_IDS } from '../../operators';
import { loadDataset } from './load';

// What the schema cannot say about data/: properties across files. The loader already refuses bad ids,
// empty sources and unknown themes; the counts are compared with the report by data:check, not fitted to it.
describe('the dataset in data/', () => {
	const dataset = loadDataset();

	it('lists the six operators in the report’s order, the order every page uses', () => {
		expect(dataset.operators.map((operator) => operator.id)).toEqual([...OPERATOR_IDS]);
	});

	it('gives every theme at least one topic, so no menu entry leads to an empty page', () => {
		const used = new Set(dataset.topics.map((topic) => topic.themeId));
		expect(dataset.themes.filter((theme) => !used.has(theme.id)).map((theme) => theme.id)).toEqual([]);
	});
});
