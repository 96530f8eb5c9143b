// Files: reading an input file with its size checked before reading, and only if it is a regular file. Node only.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { FileError, fileError } from './errors';

/** The matrix is about 100 KB as CSV or JSON: 20 MB leaves room for growth and none for a runaway file. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function kind(stats: Stats): string {
	if (stats.isDirectory()) return 'un dossier';
	if (stats.isFIFO()) return 'un tube nommé';
	if (stats.isSocket()) return 'une socket';
	return 'un périphérique';
}

/**
 * The bytes of `path`, refusing before reading anything that is not a regular file (/dev/zero, a FIFO, a folder)
 * or is over `limit`. O_NONBLOCK: opening a FIFO must not wait for a writer.
 */
export function readInputFile(path: string, limit = MAX_INPUT_BYTES): Buffer {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw fileError(error, 'de lire', path);
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) {
			const reason = `pas un fichier ordinaire (${kind(stats)}) : lecture refusée`;
			throw new FileError(`Lecture refusée : ${path} n’est pas un fichier ordinaire (${kind(stats)}).`, reason);
		}
		if (stats.size > limit) throw tooLarge(path, stats.size, limit, false);
		// Read one byte more than the limit: a file that grows while being read is refused too.
		const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
		let length = 0;
		for (let read = 1; read > 0 && length < buffer.length; length += read) {
			read = readSync(fd, buffer, length, buffer.length - length, null);
		}
		if (length > limit) throw tooLarge(path, length, limit, true);
		return buffer.subarray(0, length);
	} catch (error) {
		throw fileError(error, 'de lire', path);
	} finally {
		closeSync(fd);
	}
}

function tooLarge(path: string, size: number, limit: number, grew: boolean): FileError {
	const megabytes = (bytes: number) =>
		`${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1024 ** 2)} Mo`;
	const reason = `${grew ? 'plus de ' : ''}${megabytes(grew ? limit : size)}, au-delà de la limite de ${megabytes(limit)} : lecture refusée`;
	return new FileError(`Lecture refusée : ${path} fait ${reason}.`, reason);
}
