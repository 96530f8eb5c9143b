// Files: all-or-nothing writes (temporary file, fsync, rename) and the debris a killed run leaves. Node only.
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileError } from './errors';

/** `.topics.json.1234.tmp`: hidden, beside its target (a rename is atomic only within one file system). */
const TEMPORARY = /^\..+\.\d+\.tmp$/;

function temporaryPath(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes and syncs `path`; if that fails once the file exists, the file is removed. */
function writeDurably(path: string, content: string): void {
	const fd = openSync(path, 'w');
	try {
		writeFileSync(fd, content);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		rmSync(path, { force: true });
		throw error;
	}
	closeSync(fd);
}

/** Makes the renames themselves survive a power cut; some file systems cannot sync a folder, which is harmless. */
function syncFolder(path: string): void {
	try {
		const fd = openSync(path, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Best effort only: the files themselves are already synced.
	}
}

/**
 * Writes every file to a synced temporary file beside it, then renames them all: a crash or a full disk leaves
 * either the old files or the new ones, never a half-written JSON. On failure, no temporary file is left.
 */
export function writeFilesAtomically(files: readonly { path: string; content: string }[]): void {
	const staged: { temporary: string; path: string; renamed: boolean }[] = [];
	let current = files[0]?.path ?? '';
	try {
		for (const file of files) {
			current = file.path;
			const temporary = temporaryPath(file.path);
			writeDurably(temporary, file.content);
			staged.push({ temporary, path: file.path, renamed: false });
		}
		for (const file of staged) {
			current = file.path;
			renameSync(file.temporary, file.path);
			file.renamed = true;
		}
	} catch (error) {
		for (const file of staged.filter((item) => !item.renamed)) rmSync(file.temporary, { force: true });
		throw fileError(error, 'd’écrire', current);
	}
	for (const folder of new Set(staged.map((file) => dirname(file.path)))) syncFolder(folder);
}

/**
 * Removes the temporary files a killed run (kill -9, power cut) left in `dir`. Call it only while holding the
 * folder's lock (see lock.ts): then no other run can be writing them. Returns the names removed.
 */
export function removeStaleTemporaryFiles(dir: string): string[] {
	const stale = readdirSync(dir, { withFileTypes: true }).filter(
		(entry) => entry.isFile() && TEMPORARY.test(entry.name)
	);
	for (const entry of stale) rmSync(join(dir, entry.name), { force: true });
	return stale.map((entry) => entry.name);
}
