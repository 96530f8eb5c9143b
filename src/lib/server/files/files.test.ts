import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, fileError } from './errors';
import { LOCK_FILE, lockDataFolder } from './lock';
import { readInputFile } from './read';
import { decodeUtf8, textPosition } from './text';
import { writeFilesAtomically } from './write';

const folder = () => mkdtempSync(join(tmpdir(), 'qfq-files-'));
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('fileError', () => {
	it('turns a Node error into one French line naming the path and the cause', () => {
		const error = fileError(errno('EACCES'), 'd’écrire', '/srv/data/topics.json');
		expect(error).toBeInstanceOf(FileError);
		expect((error as FileError).message).toBe('Impossible d’écrire /srv/data/topics.json : permission refusée.');
		expect((fileError(errno('ENOSPC'), 'd’écrire', '/x') as FileError).reason).toBe('disque plein');
		expect((fileError(errno('EWHATEVER'), 'de lire', '/x') as FileError).message).toContain('erreur EWHATEVER');
	});

	it('leaves other errors as they are: they are bugs, not the user’s to fix', () => {
		const bug = new TypeError('x is undefined');
		expect(fileError(bug, 'de lire', '/x')).toBe(bug);
	});
});

describe('readInputFile', () => {
	it('reads a regular file under the limit, and refuses one over it before reading', () => {
		const file = join(folder(), 'm.csv');
		writeFileSync(file, 'abc');
		expect(readInputFile(file).toString()).toBe('abc');
		expect(() => readInputFile(file, 2)).toThrow(/fait 0 Mo, au-delà de la limite de 0 Mo/);
		expect(() => readInputFile('/dev/null')).toThrow(/pas un fichier ordinaire \(un périphérique\)/);
		expect(() => readInputFile(folder())).toThrow(/pas un fichier ordinaire \(un dossier\)/);
	});
});

describe('writeFilesAtomically', () => {
	it('writes every file and leaves no temporary file', () => {
		const dir = folder();
		writeFilesAtomically([
			{ path: join(dir, 'a.json'), content: 'A' },
			{ path: join(dir, 'b.json'), content: 'B' }
		]);
		expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
		expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('B');
	});
});

describe('lockDataFolder', () => {
	it('gives the folder to one run at a time, and to the next once released', () => {
		const dir = folder();
		const lock = lockDataFolder(dir);
		expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
		expect(() => lockDataFolder(dir)).toThrow(/une autre commande \(processus \d+\) écrit déjà/);
		lock.release();
		expect(readdirSync(dir)).toEqual([]);
		lockDataFolder(dir).release();
	});

	it('takes over the lock of a process that no longer runs, and removes its temporary files', () => {
		const dir = folder();
		writeFileSync(join(dir, LOCK_FILE), '2147483646\n');
		writeFileSync(join(dir, '.topics.json.2147483646.tmp'), '[');
		writeFileSync(join(dir, 'topics.json'), '[]');
		const lock = lockDataFolder(dir);
		expect(lock.cleaned).toEqual([LOCK_FILE, '.topics.json.2147483646.tmp']);
		lock.release();
		expect(readdirSync(dir)).toEqual(['topics.json']);
	});
});

describe('decodeUtf8 and textPosition', () => {
	it('finds the first byte that is not UTF-8, at its line and character', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('ab\r\ncœur '), 0xe9, 0x41]);
		const { text, invalid } = decodeUtf8(bytes);
		expect(invalid).toEqual({ byte: 0xe9, offset: 10, index: 9 });
		expect(textPosition(text, invalid?.index ?? 0)).toEqual({ line: 2, column: 6 });
		expect(decodeUtf8(new TextEncoder().encode('é\uFFFD')).invalid).toBeUndefined();
	});
});
