import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { loadGlossary } from './load-glossary';
import { validateGlossary } from './glossary-schema';
import { DataError } from './validate';

const sourceHosts = loadDataset().sourceHosts;
const entry = (more: Record<string, unknown> = {}) => ({
	term: 'EPCI',
	expansion: 'établissement public de coopération intercommunale',
	definition: 'Regroupement de communes.',
	source: { url: 'https://www.collectivites-locales.gouv.fr/epci', title: 'EPCI', checkedOn: '2026-12-02' },
	...more
});
const problems = (content: unknown) => {
	try {
		validateGlossary({ file: 'data/glossary.json', content }, sourceHosts);
		return [];
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return error.problems.map((problem) => `${problem.entry} · ${problem.field} · ${problem.message}`);
	}
};

describe('the glossary', () => {
	it('data/glossary.json is valid, every source official', () => {
		expect(loadGlossary(sourceHosts).length).toBeGreaterThan(0);
	});

	it('names file, entry and field in French for a bad entry', () => {
		expect(problems([entry({ definition: '' })])).toEqual(['sigle « EPCI » · definition · ne doit pas être vide']);
		expect(problems([entry({ term: 'epci' })])[0]).toMatch(/^sigle « epci » · term · sigle invalide/);
		expect(problems([{ expansion: 'x' }])[0]).toMatch(/^sigle n° 1 \(sans sigle\) · term · champ manquant/);
	});

	it('refuses a spelling defined twice and a source off the official sites', () => {
		expect(problems([entry(), entry({ term: 'EPCIS', forms: ['EPCI'] })])).toEqual([
			'sigle « EPCIS » · term · « EPCI » est déjà défini par « EPCI »'
		]);
		const press = entry({ source: { url: 'https://www.lagazettedescommunes.com/x', title: 'x', checkedOn: '2026-12-02' } });
		expect(problems([press])[0]).toMatch(/^sigle « EPCI » · source\.url · source non officielle/);
	});
});
