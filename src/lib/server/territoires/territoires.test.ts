import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySource, isOfficial } from '../../matrix/sources';
import { OPERATOR_IDS } from '../../operators';
import { loadDataset } from '../data/load';
import { loadSenate } from '../data/load-senate';
import { buildCommunesFile } from '../commands/data-territoires';
import { COMMUNES_FILE } from './compact';
import { doorsFor, prefectureSlug } from './doors';
import { getTerritoires } from './load';
import { TERRITOIRES_DIR } from './raw';
import { departementCodes, departementData } from './views';

const territoires = getTerritoires();
const countOf = (id: string) =>
	territoires.communes.filter((commune) => commune.programmes.includes(id as never)).length;

describe('data/territoires/', () => {
	it('ships a communes.json that npm run data:territoires would write as is', () => {
		const committed = readFileSync(join(TERRITOIRES_DIR, COMMUNES_FILE), 'utf8');
		expect(buildCommunesFile().text === committed, 'run npm run data:territoires and commit the result').toBe(true);
		// Reads 12 MB of raw lists: seconds on a busy machine.
	}, 60_000);

	it('holds the 34 969 current communes of the 2026 administrative map, each with its département', () => {
		expect(territoires.communes).toHaveLength(34969);
		expect(territoires.communes.filter((commune) => !territoires.departements[commune.departement])).toEqual([]);
	});

	it('counts each programme as the report does, or says by how much and why it differs', () => {
		const figures = loadSenate().figures;
		const compared = territoires.lists.lists.filter((list) => list.reportFigure);
		expect(compared.map((list) => list.id)).toEqual(['acv', 'pvd']);
		for (const list of compared) {
			const figure = figures.find((candidate) => candidate.id === list.reportFigure);
			expect(figure, `figure ${list.reportFigure}`).toBeDefined();
			const difference = countOf(list.id) - (figure?.value ?? Number.NaN);
			expect(difference, `${list.id}: the difference the site states`).toBe(list.difference?.value ?? 0);
		}
		expect(countOf('acv')).toBe(figures.find((figure) => figure.id === 'action-coeur-de-ville')?.value);
	});

	it('finds the 1 584 QPV of 2024, each in at least one commune', () => {
		expect(Object.keys(territoires.qpv)).toHaveLength(1584);
		const inCommunes = new Set(territoires.communes.flatMap((commune) => commune.qpv));
		expect(Object.keys(territoires.qpv).filter((code) => !inCommunes.has(code))).toEqual([]);
	});

	it('explains, for every programme an offer may be reserved to, where its list is or why it is missing', () => {
		const explained = [...territoires.lists.lists, ...territoires.lists.missing].map((list) => list.id).sort();
		expect(explained).toEqual(
			loadDataset()
				.programmes.map((programme) => programme.id)
				.sort()
		);
	});
});

describe('the door to knock on', () => {
	const { sourceHosts } = loadDataset();

	it('gives every département a door per operator, with a contact page', () => {
		for (const code of departementCodes(territoires)) {
			const doors = doorsFor(territoires, code);
			expect(doors.map((door) => door.operatorId).sort(), code).toEqual([...OPERATOR_IDS].sort());
			for (const door of doors) expect(door.contact.url, `${code} ${door.operatorId}`).toMatch(/^https?:\/\//);
		}
	});

	it('cites an official source for every door', () => {
		const sources = territoires.doors.operators.flatMap((door) => [
			...door.sources,
			...door.local.flatMap((local) => local.sources)
		]);
		const unofficial = sources.filter((source) => {
			const found = classifySource(source.url, sourceHosts);
			return !('kind' in found && isOfficial(found.kind));
		});
		expect(unofficial.map((source) => source.url)).toEqual([]);
	});

	it('sends the Nièvre to its préfecture, Brittany to ADEME Bretagne, and says when it falls back to a national page', () => {
		const nievre = doorsFor(territoires, '58');
		const anct = nievre.find((door) => door.operatorId === 'anct');
		expect(anct?.name).toBe('Préfecture de la Nièvre');
		expect(anct?.city).toBe('Nevers');
		expect(anct?.contact.url).toBe('https://www.nievre.gouv.fr/');
		expect(nievre.find((door) => door.operatorId === 'bdt')?.national).toBe(true);
		expect(doorsFor(territoires, '35').find((door) => door.operatorId === 'ademe')?.city).toBe('Rennes');
		expect(prefectureSlug("Côtes-d'Armor")).toBe('cotes-d-armor');
	});

	it('names the sous-préfecture of each arrondissement but the préfecture’s own', () => {
		const nievre = departementData(territoires, '58');
		expect(Object.values(nievre?.sousPrefectures ?? {})).toContain('Château-Chinon (Ville)');
		expect(Object.values(nievre?.sousPrefectures ?? {})).not.toContain('Nevers');
	});
});
