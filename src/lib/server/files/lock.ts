// Files: one writer at a time per data folder, through a lock file that a killed run cannot leave stuck. Node only.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError, fileError } from './errors';
import { removeStaleTemporaryFiles } from './write';

export const LOCK_FILE = '.ecriture.lock';

export interface DataLock {
	release(): void;
	/** What a killed run had left behind and this one removed: its lock, its temporary files. */
	cleaned: string[];
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function holderOf(path: string): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

function create(path: string): boolean {
	try {
		writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw fileError(error, 'de verrouiller', path);
	}
}

/**
 * Takes `dir`'s lock, or refuses with a message naming the run that holds it. A lock whose process is gone
 * (kill -9) is taken over, and the temporary files that run left are removed.
 */
export function lockDataFolder(dir: string): DataLock {
	const path = join(dir, LOCK_FILE);
	const cleaned: string[] = [];
	if (!create(path)) {
		const holder = holderOf(path);
		if (holder !== undefined && isRunning(holder)) {
			throw new FileError(
				`Écriture refusée : une autre commande (processus ${holder}) écrit déjà dans ${dir}. ` +
					`Attendez qu’elle se termine, puis relancez. (Verrou : ${path})`
			);
		}
		rmSync(path, { force: true });
		cleaned.push(LOCK_FILE);
		if (!create(path)) {
			throw new FileError(`Écriture refusée : une autre commande vient de prendre le verrou de ${dir}. Relancez.`);
		}
	}
	cleaned.push(...removeStaleTemporaryFiles(dir));
	return {
		cleaned,
		release: () => {
			if (holderOf(path) === process.pid) rmSync(path, { force: true });
		}
	};
}
