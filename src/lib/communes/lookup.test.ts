import { describe, expect, it } from 'vitest';
import { loadTerritoires } from '../server/territoires/load';
import { communeIndexRows } from '../server/territoires/index-shards';
import { lookupCommunes, nameKeys, normaliseName, prepareIndex, shardKey, typoDistances } from './lookup';

const territoires = loadTerritoires();
const everyCommune = prepareIndex(communeIndexRows(territoires.communes));
const codeOf = (name: string, departement: string) =>
	territoires.communes.find((commune) => commune.nom === name && commune.departement === departement)?.code;
const top3 = (query: string) => lookupCommunes(everyCommune, query, 3).map((row) => row[0]);

describe('finding a commune by what an elected official types', () => {
	it('forgives a typo, missing accents and hyphens, and « St » for « Saint »', () => {
		expect(top3('Neveres')).toContain(codeOf('Nevers', '58'));
		expect(top3('st etienne')).toContain(codeOf('Saint-Étienne', '42'));
		expect(top3('chateau chinon')).toContain(codeOf('Château-Chinon (Ville)', '58'));
		expect(top3('ste maxime')).toContain(codeOf('Sainte-Maxime', '83'));
	});

	it('finds a name without its article, and prefers the larger commune among equals', () => {
		expect(top3('rochelle')).toContain(codeOf('La Rochelle', '17'));
		// « Saint-Denis » names several communes: the largest comes first, the others follow with their département.
		const saintDenis = lookupCommunes(everyCommune, 'Saint-Denis', 8).filter((row) => row[1] === 'Saint-Denis');
		expect(saintDenis.length).toBeGreaterThan(1);
		expect(saintDenis[0][3]).toBeGreaterThanOrEqual(saintDenis[1][3]);
	});

	it('answers nothing below two letters, and nothing for gibberish', () => {
		expect(lookupCommunes(everyCommune, 'n')).toEqual([]);
		expect(lookupCommunes(everyCommune, 'zzqxwv')).toEqual([]);
	});

	it('normalises names and queries alike, and puts both in the same shard', () => {
		expect(normaliseName('St-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
		expect(nameKeys("L'Isle-Adam")).toEqual(['l isle adam', 'isle adam']);
		expect(shardKey(normaliseName('Saint-Étienne'))).toBe(shardKey(normaliseName('st etienne')));
	});

	it('counts a swap of two letters as one typo', () => {
		expect(typoDistances('nevres', 'nevers', 1).full).toBe(1);
		expect(typoDistances('nev', 'nevers', 0).prefix).toBe(0);
	});
});
