import { describe, expect, it } from 'vitest';
import { byVerdict, communeEligibility, type CommuneFacts } from './eligibility';

const programmes = [
	{ id: 'pvd', label: 'Petites villes de demain', communes: 'les communes Petites villes de demain' },
	{ id: 'acv', label: 'Action cœur de ville', communes: 'les villes Action cœur de ville' },
	{ id: 'va', label: "Villages d'avenir", communes: "les communes Villages d'avenir" }
];
const clamecy: CommuneFacts = { nom: 'Clamecy', population: 3900, programmes: ['pvd', 'ort'] };
const nevers: CommuneFacts = { nom: 'Nevers', population: 33085, programmes: ['acv', 'ort', 'qpv'] };

describe('whether a commune may ask for an offer', () => {
	it('opens an offer without conditions to every commune', () => {
		expect(communeEligibility([], nevers, programmes).verdict).toBe('oui');
	});

	it('answers from the vendored lists: a PVD commune yes, an Action cœur de ville city without PVD no', () => {
		const pvd = [{ programme: 'pvd' }];
		expect(communeEligibility(pvd, clamecy, programmes)).toEqual({
			verdict: 'oui',
			reason: 'Clamecy figure parmi les communes Petites villes de demain.'
		});
		const forNevers = communeEligibility(pvd, nevers, programmes);
		expect(forNevers.verdict).toBe('non');
		expect(forNevers.reason).toContain('Nevers ne figure pas parmi les communes Petites villes de demain');
	});

	it('never says « non » for a programme whose list is not here', () => {
		const va = communeEligibility([{ programme: 'va' }], nevers, programmes);
		expect(va.verdict).toBe('inconnu');
		expect(va.reason).toContain('non renseigné ici : demandez à votre préfecture');
	});

	it('opens on any alternative, population included', () => {
		const conditions = [{ programme: 'pvd' }, { populationMax: 3500 }];
		expect(communeEligibility(conditions, { ...clamecy, programmes: [] }, programmes).verdict).toBe('non');
		expect(communeEligibility(conditions, { ...clamecy, programmes: [], population: 900 }, programmes).verdict).toBe(
			'oui'
		);
	});

	it('shows closed offers last without dropping them', () => {
		const verdicts = ['non', 'oui', 'inconnu', 'oui'] as const;
		expect(byVerdict([...verdicts], (verdict) => verdict)).toEqual(['oui', 'oui', 'inconnu', 'non']);
	});
});
