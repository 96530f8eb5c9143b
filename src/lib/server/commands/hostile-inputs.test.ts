import { spawn, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load';
import { LOCK_FILE } from '../files/lock';
import type { Topic } from '../../types';
import { checkCommand } from './data-check';
import { exportCommand } from './data-export';
import { importCommand } from './data-import';
import { CSV_FIXTURES, ROOT, copyData, hashDir, runInProcess, runScript } from './test-helpers';

// Issue 16: the hostile inputs that once changed data/ silently, crashed, or said too little. Each case runs the
// command, checks its exit code and its message (file, line, field), and that data/ is byte-identical afterwards.

const BROKEN_DATA = join(ROOT, 'tests/fixtures/data-broken');
const REAL_DATA = join(ROOT, 'data');
const csv = (name: string) => join(CSV_FIXTURES, name);
const scratch = () => mkdtempSync(join(tmpdir(), 'qfq-hostile-'));

/** A copy of the valid data whose topics.json is replaced by a broken fixture. */
function dataWithTopics(fixture: string): string {
	const dir = copyData();
	copyFileSync(join(BROKEN_DATA, fixture), join(dir, 'topics.json'));
	return dir;
}

type Command = typeof importCommand;

/** Runs `command` on `dir`, expects it to refuse with every pattern in stderr, and to leave `dir` as it was. */
function refused(command: Command, dir: string, args: string[], patterns: RegExp[]) {
	const before = hashDir(dir);
	const result = runInProcess(command, ['--data', dir, ...args]);
	expect(result.status).toBe(1);
	for (const pattern of patterns) expect(result.stderr).toMatch(pattern);
	expect(hashDir(dir)).toBe(before);
	return result;
}

const topicsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as Topic[];

describe('1. a file mixing UTF-8 and Windows-1252 is refused, not garbled', () => {
	it('names the line and character of the first byte that is not UTF-8', () => {
		const { stderr } = refused(
			importCommand,
			copyData(),
			[csv('mixed-encoding.csv')],
			[
				/ligne 5, caractère 90 : l’octet 0xE9 \(« é » en Windows-1252\) n’est pas de l’UTF-8/,
				/enregistrez-le de nouveau en « CSV UTF-8 »/,
				/Rien n'a été écrit/
			]
		);
		expect(stderr).not.toContain('Ã');
	});
});

describe('2. deleting topics or links needs --supprimer', () => {
	it('refuses a file cut at a row boundary, listing what it would delete', () => {
		refused(
			importCommand,
			copyData(),
			[csv('truncated.csv')],
			[
				/Import refusé : il supprimerait 2 sujets et 3 liens de .*topics\.json\. Rien n'a été écrit\./,
				/sujets supprimés \(2\) : friches ; reseau-chaleur/,
				/liens supprimés \(3\) : friches – ademe ; friches – cerema ; reseau-chaleur – ademe/,
				/relancez avec --supprimer/
			]
		);
	});

	it('refuses a one-row file, and --dry-run says the same', () => {
		const dir = copyData();
		refused(importCommand, dir, [csv('one-row.csv')], [/il supprimerait 2 sujets et 5 liens/]);
		refused(importCommand, dir, ['--dry-run', csv('one-row.csv')], [/il supprimerait 2 sujets et 5 liens/]);
	});

	it('deletes exactly what the file no longer has, with --supprimer', () => {
		const dir = copyData();
		const [kept] = topicsOf(dir);
		const { status, stdout } = runInProcess(importCommand, ['--data', dir, '--supprimer', csv('truncated.csv')]);
		expect(status).toBe(0);
		expect(stdout).toContain('sujets supprimés (2) : friches ; reseau-chaleur');
		expect(topicsOf(dir)).toEqual([kept]);
	});
});

describe('3. export never writes over the source of truth', () => {
	it('refuses data/topics.json itself, even with --force', () => {
		const dir = copyData();
		for (const force of [[], ['--force']]) {
			refused(
				exportCommand,
				dir,
				[...force, join(dir, 'topics.json')],
				[/Export refusé : .*topics\.json est dans le dossier des données/, /npm run data:export -- matrice\.csv/]
			);
		}
	});

	it('refuses a link that leads into the data folder', () => {
		const dir = copyData();
		const link = join(scratch(), 'matrice.csv');
		symlinkSync(join(dir, 'topics.json'), link);
		refused(exportCommand, dir, ['--force', link], [/est dans le dossier des données/]);
	});

	it('refuses the real data/topics.json, as `npm run data:export -- data/topics.json` would', () => {
		const before = hashDir(REAL_DATA);
		const { status, stderr } = runInProcess(exportCommand, [join(REAL_DATA, 'topics.json')]);
		expect(status).toBe(1);
		expect(stderr).toMatch(/Export refusé : .*data\/topics\.json est dans le dossier des données/);
		expect(hashDir(REAL_DATA)).toBe(before);
	});

	it('replaces an existing file only with --force', () => {
		const dir = copyData();
		const target = join(scratch(), 'matrice.csv');
		writeFileSync(target, 'mon fichier');
		refused(
			exportCommand,
			dir,
			[target],
			[/Export refusé : .*matrice\.csv existe déjà\. Pour le remplacer, ajoutez --force\./]
		);
		expect(readFileSync(target, 'utf8')).toBe('mon fichier');
		expect(runInProcess(exportCommand, ['--data', dir, '--force', target]).status).toBe(0);
		expect(readFileSync(target, 'utf8')).toMatch(/^\uFEFFtheme_id;/);
	});
});

describe('4. control characters and direction overrides are refused', () => {
	it.each([
		[
			'control-nul.csv',
			/ligne 7, colonne D \(topic_label\) : caractère de contrôle U\+0000 \(caractère n° 10\) interdit/
		],
		[
			'bidi-override.csv',
			/ligne 7, colonne D \(topic_label\) : caractère de direction U\+202E \(caractère n° 11\) interdit/
		]
	])('by the import: %s', (fixture, pattern) => {
		refused(importCommand, copyData(), [csv(fixture)], [pattern]);
	});

	it.each([
		[
			'topics-nul.json',
			/topics\.json, sujet « friches », champ « label » : caractère de contrôle U\+0000 .* \(ligne 76\)/
		],
		[
			'topics-bidi.json',
			/topics\.json, sujet « friches », champ « label » : caractère de direction U\+202E .* \(ligne 76\)/
		]
	])('by data:check and the build, in hand-edited JSON: %s', (fixture, pattern) => {
		const dir = dataWithTopics(fixture);
		refused(checkCommand, dir, [], [pattern]);
		// The build reads data/ with the same loader (getDataset), so it stops with the same message.
		expect(() => loadDataset(dir)).toThrow(pattern);
	});
});

describe('4. (messages) a refused cell is quoted with its invisible characters made visible', () => {
	it('shows U+202E and NUL by their code in « opérateur inconnu »', () => {
		const dir = copyData();
		const file = join(scratch(), 'm.csv');
		writeFileSync(file, readFileSync(csv('unknown-operator.csv'), 'utf8').replace(';dreal;', ';dr\u202eea\u0000l;'));
		const { stderr } = refused(importCommand, dir, [file], [/opérateur inconnu « dr‹U\+202E›ea‹U\+0000›l »/]);
		expect([...stderr].filter((char) => char === '\u0000' || char === '\u202e')).toEqual([]);
	});
});

describe('5. a checked-on date is between 2000-01-01 and today', () => {
	it.each([
		['date-far-future.csv', /ligne 3, colonne P \(source_checked_on\) : date impossible « 9999-12-31 »/],
		['date-year-zero.csv', /ligne 6, colonne P \(source_checked_on\) : date impossible « 0000-01-01 »/]
	])('by the import: %s', (fixture, pattern) => {
		refused(importCommand, copyData(), [csv(fixture)], [pattern, /va du 2000-01-01 à aujourd’hui/]);
	});

	it('by data:check', () => {
		refused(
			checkCommand,
			dataWithTopics('topics-date-9999.json'),
			[],
			[
				/sujet « friches », champ « operators\[0\]\.sources\[0\]\.checkedOn » : date impossible « 9999-12-31 » .*\(ligne 98\)/
			]
		);
	});
});

describe('6. files too large, endless or not files at all are refused before being read', () => {
	it('refuses a file over 20 MB', () => {
		const file = join(scratch(), 'big.csv');
		writeFileSync(file, '');
		truncateSync(file, 21 * 1024 * 1024);
		refused(
			importCommand,
			copyData(),
			[file],
			[/^Lecture refusée : .*big\.csv fait 21 Mo, au-delà de la limite de 20 Mo : lecture refusée\.$/]
		);
	});

	it('refuses a link to /dev/zero and a named pipe, without waiting', () => {
		const folder = scratch();
		symlinkSync('/dev/zero', join(folder, 'zero.csv'));
		refused(
			importCommand,
			copyData(),
			[join(folder, 'zero.csv')],
			[/zero\.csv n’est pas un fichier ordinaire \(un périphérique\)/]
		);
		expect(spawnSync('mkfifo', [join(folder, 'fifo.csv')]).status).toBe(0);
		refused(
			importCommand,
			copyData(),
			[join(folder, 'fifo.csv')],
			[/fifo\.csv n’est pas un fichier ordinaire \(un tube nommé\)/]
		);
	});

	it('refuses data/topics.json linked to /dev/zero, in a separate process that ends', () => {
		const dir = copyData();
		rmSync(join(dir, 'topics.json'));
		symlinkSync('/dev/zero', join(dir, 'topics.json'));
		const before = hashDir(dir);
		const { status, stderr } = runScript('data-check', ['--data', dir]);
		expect(status).toBe(1);
		expect(stderr).toMatch(
			/topics\.json, fichier entier, champ « \(fichier\) » : pas un fichier ordinaire \(un périphérique\)/
		);
		expect(hashDir(dir)).toBe(before);
	}, 120_000);

	it('stops listing after 200 problems and counts the rest (150 000 problems once overflowed the stack)', () => {
		const dir = copyData();
		writeFileSync(join(dir, 'topics.json'), `[${Array(25_000).fill('{}').join(',')}]`);
		const { stderr } = refused(
			checkCommand,
			dir,
			[],
			[/^Données invalides \(150\s000 problèmes\) :/, /… et 149\s800 autres problèmes, non affichés/]
		);
		expect(stderr.split('\n')).toHaveLength(1 + 200 + 1);
	}, 60_000);

	it('stops reading a CSV after 10 000 rows, and a row after 64 KB', () => {
		const header = readFileSync(csv('header-only.csv'), 'utf8');
		const folder = scratch();
		writeFileSync(join(folder, 'rows.csv'), header + 'x\r\n'.repeat(12_000));
		refused(
			importCommand,
			copyData(),
			[join(folder, 'rows.csv')],
			[/ligne 10001 : plus de 10\s000 lignes/, /… et 9\s800 autres problèmes, non affichés/]
		);
		writeFileSync(join(folder, 'line.csv'), header + 'a'.repeat(5 * 1024 * 1024));
		refused(
			importCommand,
			copyData(),
			[join(folder, 'line.csv')],
			[/ligne 2, colonne A \(theme_id\) : ligne de plus de 64 Ko/]
		);
	}, 60_000);
});

describe('7. an empty matrix is refused, in French', () => {
	it('by data:check, and by the build’s loader', () => {
		const dir = dataWithTopics('topics-empty.json');
		const pattern =
			/topics\.json, fichier entier, champ « \(racine\) » : liste vide : au moins une entrée est attendue/;
		refused(checkCommand, dir, [], [pattern]);
		expect(() => loadDataset(dir)).toThrow(pattern);
	});
});

describe('8. a file-system failure is one French line naming the path, and leaves nothing behind', () => {
	it('says a missing data folder is missing, for every command', () => {
		const line = 'Dossier de données introuvable : /nonexistent n’existe pas ou n’est pas un dossier.';
		for (const [command, args] of [
			[importCommand, ['x.csv']],
			[exportCommand, [join(scratch(), 'm.csv')]],
			[checkCommand, []]
		] as const) {
			const { status, stderr } = runInProcess(command, ['--data', '/nonexistent', ...args]);
			expect(status).toBe(1);
			expect(stderr).toBe(line);
		}
	});

	it('prints no stack trace from a real process', () => {
		const { status, stderr } = runScript('data-export', ['--data', copyData(), join(scratch(), 'absent', 'm.csv')]);
		expect(status).toBe(1);
		expect(stderr.trim()).toMatch(
			/^Impossible d’écrire .*absent\/m\.csv : introuvable \(le fichier ou son dossier n’existe pas\)\.$/
		);
	}, 120_000);

	it('removes the temporary file when the rename fails (the target is a folder)', () => {
		const folder = scratch();
		mkdirSync(join(folder, 'matrice.csv'));
		const { status, stderr } = runInProcess(exportCommand, [
			'--data',
			copyData(),
			'--force',
			join(folder, 'matrice.csv')
		]);
		expect(status).toBe(1);
		expect(stderr).toMatch(/^Impossible d’écrire .*matrice\.csv : c’est un dossier, pas un fichier\.$/);
		expect(readdirSync(folder)).toEqual(['matrice.csv']);
	});

	it('leaves data/ as it was when topics.json cannot be replaced', () => {
		const dir = copyData();
		const topics = join(dir, 'topics.json');
		rmSync(topics);
		mkdirSync(join(topics, 'x'), { recursive: true });
		const before = hashDir(dir);
		const { status, stderr } = runInProcess(importCommand, ['--data', dir, csv('truncated.csv')]);
		expect(status).toBe(1);
		expect(stderr).toMatch(/^Impossible d’écrire .*topics\.json : c’est un dossier, pas un fichier\.$/);
		expect(hashDir(dir)).toBe(before);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') || name === LOCK_FILE)).toEqual([]);
	});
});

describe('9. a killed import leaves no debris that outlives the next run', () => {
	it('removes the lock and temporary file of a run killed with kill -9', () => {
		const dir = copyData();
		// A real process takes the lock, writes its temporary file, then dies without cleaning up.
		const code = [
			`import { lockDataFolder } from ${JSON.stringify(join(ROOT, 'src/lib/server/files/lock.ts'))};`,
			`import { writeFileSync } from 'node:fs';`,
			`lockDataFolder(${JSON.stringify(dir)});`,
			`writeFileSync(${JSON.stringify(dir)} + '/.topics.json.' + process.pid + '.tmp', '[');`,
			`process.kill(process.pid, 'SIGKILL');`
		].join('\n');
		const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT });
		expect(killed.signal).toBe('SIGKILL');
		const debris = readdirSync(dir).filter((name) => name.startsWith('.'));
		expect(debris).toEqual(expect.arrayContaining([LOCK_FILE, expect.stringMatching(/^\.topics\.json\.\d+\.tmp$/)]));

		const { status, stdout } = runInProcess(importCommand, ['--data', dir, '--supprimer', csv('truncated.csv')]);
		expect(status).toBe(0);
		expect(stdout).toContain('Restes d’une écriture interrompue, supprimés de');
		expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
	}, 120_000);

	it('keeps the temporary and lock files out of git', () => {
		const ignored = spawnSync('git', ['check-ignore', 'data/.topics.json.1234.tmp', `data/${LOCK_FILE}`], {
			cwd: ROOT
		});
		expect(ignored.status).toBe(0);
	});
});

describe('10. one import at a time', () => {
	const holder = spawn('sleep', ['120']);
	afterAll(() => holder.kill());

	it.each([
		['data:import', importCommand, [csv('truncated.csv'), '--supprimer']],
		['data:check --fix', checkCommand, ['--fix']]
	] as const)('%s refuses while another run holds the lock, naming it', (_, command, args) => {
		const dir = copyData();
		writeFileSync(join(dir, LOCK_FILE), `${holder.pid}\n`);
		refused(
			command,
			dir,
			[...args],
			[new RegExp(`Écriture refusée : une autre commande \\(processus ${holder.pid}\\) écrit déjà dans .* Attendez`)]
		);
	});

	it('releases the lock when it ends, even after refusing the file', () => {
		const dir = copyData();
		refused(importCommand, dir, [csv('unknown-operator.csv')], [/opérateur inconnu/]);
		expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
	});
});

describe('11. every message is in French and says where', () => {
	it('reports a BOM before bytes that are not UTF-8 at that byte, not as a column « ï»¿theme_id »', () => {
		const { stderr } = refused(
			importCommand,
			copyData(),
			[csv('invalid-utf8-bom.csv')],
			[/ligne 7, caractère 9 : l’octet 0xC9 \(« É » en Windows-1252\) n’est pas de l’UTF-8/]
		);
		expect(stderr).not.toContain('ï»¿');
	});

	it.each([
		[
			'topics-syntax-error.json',
			/topics\.json, fichier entier, champ « \(syntaxe\) » : JSON invalide, ligne 77, caractère 3 : virgule attendue/
		],
		[
			'topics-bom.json',
			/champ « \(syntaxe\) » : JSON invalide, ligne 1, caractère 1 : le fichier commence par une marque d’ordre des octets \(BOM, U\+FEFF/
		],
		['topics-not-utf8.json', /champ « \(encodage\) » : ligne 76, caractère 22 : l’octet 0xE9 n’est pas de l’UTF-8/],
		['topics-unknown-key.json', /sujet « friches », champ « \(entrée\) » : Clé non reconnue : "notes" \(ligne 77\)/],
		[
			'topics-keywords-string.json',
			/sujet « friches », champ « keywords » : Entrée invalide : tableau attendu, chaîne de caractères reçu \(ligne 78\)/
		]
	])('%s', (fixture, pattern) => {
		const { stderr } = refused(checkCommand, dataWithTopics(fixture), [], [pattern]);
		expect(stderr).not.toMatch(/Unrecognized|Invalid input|expected|Unexpected token/);
	});

	it('says a missing data folder is missing, not that « une liste JSON est attendue »', () => {
		const { stderr } = runInProcess(importCommand, ['--data', '/nonexistent', csv('truncated.csv')]);
		expect(stderr).toContain('Dossier de données introuvable : /nonexistent');
		expect(stderr).not.toContain('liste JSON');
	});
});
