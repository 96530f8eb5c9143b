import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from './data-check';
import { importCommand } from './data-import';
import { exportCommand } from './data-export';
import { copyData, hashDir, runInProcess } from './test-helpers';

describe('data:check', () => {
	it('accepts canonical data and prints the counts', () => {
		const { status, stdout } = runInProcess(checkCommand, ['--data', copyData()]);
		expect(status).toBe(0);
		expect(stdout).toContain('topics.json : forme canonique');
		expect(stdout).toMatch(/Comptes : 3 sujets, dont 2 multi-opérateurs et 1 avec un seul opérateur ; 6 liens/);
		expect(stdout).toContain('compte 80 sujets dont 65 multi-opérateurs');
	});

	it('flags a file out of canonical form, and --fix rewrites it without changing its content', () => {
		const dir = copyData();
		const path = join(dir, 'topics.json');
		const content = JSON.parse(readFileSync(path, 'utf8')) as unknown;
		writeFileSync(path, JSON.stringify(content, null, 2));
		const flagged = runInProcess(checkCommand, ['--data', dir]);
		expect(flagged.status).toBe(1);
		expect(flagged.stdout).toContain('topics.json : PAS en forme canonique');
		expect(flagged.stderr).toContain('npm run data:check -- --fix');

		expect(runInProcess(checkCommand, ['--data', dir, '--fix']).status).toBe(0);
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(content);
		expect(runInProcess(checkCommand, ['--data', dir]).status).toBe(0);
	});

	it('prints the share of links with an official source and the sources by kind', () => {
		const { stdout } = runInProcess(checkCommand, ['--data', copyData()]);
		expect(stdout).toMatch(/Sources : 100,0\s%\sdes liens ont une source officielle \(6 sur 6\)/);
		expect(stdout).toContain('6 sources par type : operateur 6, etat 0, presse 0, autre 0.');
	});

	// Each case breaks one rule of trust in the valid fixture; data:check refuses it and touches nothing.
	const UNTRUSTED: [string, (topics: string) => string, RegExp][] = [
		[
			'a source on a document-sharing copy',
			(topics) => topics.replace('https://anah.example.fr/source', 'https://fdocuments.fr/document/anah'),
			/sujet « petites-villes », champ « operators\[0\]\.sources\[0\]\.url » : anah : source refusée, fdocuments\.fr : copie .* \(https:\/\/fdocuments\.fr\/document\/anah\)/
		],
		[
			'a link resting on the press alone',
			(topics) => topics.replace('https://bdt.example.fr/source', 'https://www.lagazettedescommunes.com/article'),
			/sujet « petites-villes », champ « operators\[1\]\.sources » : bdt : aucune source officielle .* sources : https:\/\/www\.lagazettedescommunes\.com\/article/
		],
		[
			'an unknown programme',
			(topics) => topics.replace('"programme": "pvd"', '"programme": "zrr"'),
			/sujet « petites-villes », champ « operators\[2\]\.eligibleIf\[0\]\.programme » : anct : programme inconnu « zrr »/
		],
		[
			'two pilots on one topic',
			(topics) => topics.replace('"role": "expertise"', '"role": "pilote"'),
			/sujet « petites-villes », champ « operators\[\]\.role » : plusieurs pilotes \(anah, anct\)/
		],
		[
			'an unknown role',
			(topics) => topics.replace('"role": "expertise"', '"role": "chef"'),
			/sujet « petites-villes », champ « operators\[0\]\.role » : rôle inconnu/
		]
	];
	for (const [name, mutate, message] of UNTRUSTED) {
		it(`refuses ${name}, naming file, topic, operator and field, and changes nothing`, () => {
			const dir = copyData();
			const path = join(dir, 'topics.json');
			writeFileSync(path, mutate(readFileSync(path, 'utf8')));
			const before = hashDir(dir);
			const { status, stderr } = runInProcess(checkCommand, ['--data', dir, '--fix']);
			expect(status).toBe(1);
			expect(stderr).toMatch(message);
			expect(hashDir(dir)).toBe(before);
		});
	}

	it('refuses invalid data, naming file, entry and field', () => {
		const dir = copyData();
		const path = join(dir, 'topics.json');
		writeFileSync(path, readFileSync(path, 'utf8').replace('"label": "Friches"', '"label": ""'));
		const { status, stderr } = runInProcess(checkCommand, ['--data', dir]);
		expect(status).toBe(1);
		expect(stderr).toMatch(/topics\.json, sujet « friches », champ « label » : ne doit pas être vide/);
	});
});

describe('data:export', () => {
	it('refuses a value holding « | », which the CSV would split in two, and writes no file', () => {
		const dir = copyData();
		const path = join(dir, 'topics.json');
		writeFileSync(path, readFileSync(path, 'utf8').replace('"PVD"', '"PVD | ACV"'));
		const before = hashDir(dir);
		const { status, stderr } = runInProcess(exportCommand, ['--data', dir, join(dir, 'out.csv')]);
		expect(status).toBe(1);
		expect(stderr).toContain('sujet « petites-villes », topic_keywords : « PVD | ACV » contient « | »');
		expect(hashDir(dir)).toBe(before);
	});
});

describe('data:import --dry-run', () => {
	it('reports the changes but writes nothing', () => {
		const dir = copyData();
		const file = join(copyData(), 'm.csv');
		runInProcess(exportCommand, ['--data', dir, file]);
		writeFileSync(file, readFileSync(file, 'utf8').replace('Réseau de chaleur', 'Réseaux de chaleur'));
		const before = hashDir(dir);
		const { status, stdout } = runInProcess(importCommand, ['--data', dir, '--dry-run', file]);
		expect(status).toBe(0);
		expect(stdout).toContain('sujets modifiés (1) : reseau-chaleur (label)');
		expect(stdout).toContain('--dry-run : ');
		expect(hashDir(dir)).toBe(before);
	});
});
