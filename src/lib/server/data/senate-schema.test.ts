import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSenate, SENATE_FILES } from './load-senate';
import { validateSenate, type RawSenateData } from './senate-schema';
import { DataError } from './validate';

const DATA = join(import.meta.dirname, '../../../../data');

type Entries = Record<string, unknown>[];

function raw(): RawSenateData & { recommendations: { content: Entries }; figures: { content: Entries } } {
	const read = (name: string) => ({
		file: `data/${name}`,
		content: JSON.parse(readFileSync(join(DATA, name), 'utf8')) as Entries
	});
	return { recommendations: read(SENATE_FILES.recommendations), figures: read(SENATE_FILES.figures) };
}

/** Validates a mutated copy of data/ and returns the one-line messages it produced. */
function problemsAfter(mutate: (data: ReturnType<typeof raw>) => void): string[] {
	const data = raw();
	mutate(data);
	try {
		validateSenate(data);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as DataError).message.split('\n').slice(1);
	}
	throw new Error('the broken data was accepted');
}

const recommendation = (data: ReturnType<typeof raw>, number: number) =>
	data.recommendations.content.find((entry) => entry.number === number)!;

describe('validateSenate', () => {
	it('accepts the data in data/', () => {
		expect(validateSenate(raw()).recommendations).toHaveLength(raw().recommendations.content.length);
	});

	it('refuses an unknown status, naming file, recommendation and field', () => {
		const lines = problemsAfter((data) => (recommendation(data, 4).status = 'abandonnée'));
		expect(lines).toEqual([
			'  - data/recommendations.json, recommandation n° 4, champ « status » : statut inconnu « abandonnée » (attendu : suivie, en-cours, insatisfaisante, non-retenue)'
		]);
	});

	it('refuses a duplicate number, and says which number is then missing', () => {
		const lines = problemsAfter((data) => (recommendation(data, 13).number = 12));
		expect(lines).toContainEqual(expect.stringMatching(/data\/recommendations\.json, recommandation n° 12, champ « number » : numéro en double/));
		expect(lines).toContainEqual(expect.stringMatching(/champ « number » : recommandation n° 13 manquante \(numéros attendus de 1 à 14\)/));
	});

	it('refuses a missing or empty wording', () => {
		const lines = problemsAfter((data) => {
			delete recommendation(data, 7).wording;
			recommendation(data, 9).wording = '  ';
		});
		expect(lines).toEqual([
			'  - data/recommendations.json, recommandation n° 7, champ « wording » : champ manquant',
			'  - data/recommendations.json, recommandation n° 9, champ « wording » : ne doit pas être vide'
		]);
	});

	it('names an entry without a number by its position, and a stray field in French', () => {
		const lines = problemsAfter((data) => {
			delete data.recommendations.content[2].number;
			data.recommendations.content[0].verdict = 'suivie';
		});
		expect(lines).toContainEqual(expect.stringMatching(/recommandation n° 1, champ « \(entrée\) » : champ non prévu : verdict/));
		expect(lines).toContainEqual(expect.stringMatching(/recommandation en position 3 \(sans numéro\), champ « number » : champ manquant/));
	});

	it('refuses an unknown operator, an external link and a comment without its line', () => {
		const lines = problemsAfter((data) => {
			const tenth = recommendation(data, 10);
			tenth.operators = ['anct', 'dreal'];
			tenth.links = [{ href: 'https://www.senat.fr', label: 'Sénat' }];
			delete (recommendation(data, 1).comment as Record<string, unknown>).line;
		});
		expect(lines).toEqual([
			'  - data/recommendations.json, recommandation n° 1, champ « comment.line » : champ manquant',
			expect.stringContaining('recommandation n° 10, champ « operators[1] » : opérateur inconnu « dreal »'),
			expect.stringContaining('recommandation n° 10, champ « links[0].href » : lien interne invalide')
		]);
	});

	it('refuses a figure whose reference is unknown, and a duplicate figure id', () => {
		const lines = problemsAfter((data) => {
			data.figures.content[2].shareOf = ['communes-rurales'];
			data.figures.content[3].id = data.figures.content[2].id;
		});
		const id = raw().figures.content[2].id as string;
		expect(lines).toContainEqual(`  - data/report-figures.json, chiffre « ${id} », champ « shareOf[0] » : chiffre de référence inconnu « communes-rurales »`);
		expect(lines).toContainEqual(`  - data/report-figures.json, chiffre « ${id} », champ « id » : identifiant en double`);
	});

	it('refuses a figure with no value, and a share of a share', () => {
		const lines = problemsAfter((data) => {
			delete data.figures.content[0].value;
			data.figures.content[1].shareOf = [data.figures.content[2].id];
		});
		expect(lines).toContainEqual(expect.stringMatching(/chiffre « communes », champ « value » : champ manquant/));
		expect(lines).toContainEqual(expect.stringMatching(/chiffre « epci », champ « shareOf\[0\] » : .* est lui-même une part/));
	});
});

describe('loadSenate on a broken copy of data/', () => {
	function brokenCopy(name: string, content: string): string {
		const dir = mkdtempSync(join(tmpdir(), 'senate-'));
		cpSync(DATA, dir, { recursive: true });
		writeFileSync(join(dir, name), content);
		return dir;
	}

	it('fails with a French message naming file, entry and field', () => {
		const entries = JSON.parse(readFileSync(join(DATA, SENATE_FILES.recommendations), 'utf8')) as Entries;
		entries.find((entry) => entry.number === 6)!.status = 'rejetée';
		const dir = brokenCopy(SENATE_FILES.recommendations, JSON.stringify(entries));
		expect(() => loadSenate(dir)).toThrow(/recommendations\.json, recommandation n° 6, champ « status » : statut inconnu « rejetée »/);
	});

	it('reports invalid JSON and a file that is not a list', () => {
		expect(() => loadSenate(brokenCopy(SENATE_FILES.figures, '[{"id": "budget",]'))).toThrow(
			/report-figures\.json, fichier entier, champ « \(syntaxe\) » : JSON invalide/
		);
		expect(() => loadSenate(brokenCopy(SENATE_FILES.figures, '{}'))).toThrow(/champ « \(racine\) » : une liste JSON \[ … \] est attendue/);
	});
});
