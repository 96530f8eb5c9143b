// Data commands: where they print, how they read their arguments, how they fail. Node only.
import { parseArgs } from 'node:util';
import { FileError, fileError } from '../files/errors';
import { lockDataFolder } from '../files/lock';

/** Where a data command writes: the console for scripts, an array for tests that run commands in-process. */
export interface CommandOutput {
	out(text: string): void;
	err(text: string): void;
}

export const consoleOutput: CommandOutput = {
	out: (text) => console.log(text),
	err: (text) => console.error(text)
};

/** The options every data command reads; each command uses the ones it documents. */
const OPTIONS = {
	data: { type: 'string' },
	'dry-run': { type: 'boolean' },
	fix: { type: 'boolean' },
	force: { type: 'boolean' },
	supprimer: { type: 'boolean' }
} as const;

export type CommandArgs = ReturnType<
	typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
>;

/**
 * Reads a data command's arguments. On a misuse (unknown option, wrong number of files) it prints the
 * usage and returns undefined: the command then exits with 2.
 */
export function readCommandArgs(
	argv: readonly string[],
	usage: string,
	io: CommandOutput,
	{ allowed, files }: { allowed: readonly (keyof typeof OPTIONS)[]; files: number }
): CommandArgs | undefined {
	let args: CommandArgs;
	try {
		args = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
	} catch (error) {
		io.err(`${(error as Error).message}\n${usage}`);
		return undefined;
	}
	const unexpected = Object.keys(args.values).filter((name) => !allowed.includes(name as keyof typeof OPTIONS));
	if (unexpected.length > 0) {
		io.err(`Option inconnue : --${unexpected[0]}\n${usage}`);
		return undefined;
	}
	if (args.positionals.length !== files) {
		io.err(usage);
		return undefined;
	}
	return args;
}

/**
 * Runs a command: a file-system failure (missing folder, permission, disk full) ends it with one French line
 * naming the path and the cause, and exit code 1, never a stack trace. Other errors are bugs, and propagate.
 */
export function runCommand(io: CommandOutput, body: () => number): number {
	try {
		return body();
	} catch (error) {
		const path = (error as NodeJS.ErrnoException).path;
		const failure = path === undefined ? error : fileError(error, 'd’accéder à', path);
		if (!(failure instanceof FileError)) throw error;
		io.err(failure.message);
		return 1;
	}
}

/**
 * Runs `body` holding `dir`'s lock when `writes` (from reading the files to writing them, so two runs cannot
 * overwrite each other), and says what a killed run had left there and was removed.
 */
export function withDataLock(dir: string, writes: boolean, io: CommandOutput, body: () => number): number {
	const lock = writes ? lockDataFolder(dir) : undefined;
	try {
		if (lock && lock.cleaned.length > 0) {
			io.out(`Restes d’une écriture interrompue, supprimés de ${dir} : ${lock.cleaned.join(', ')}.`);
		}
		return body();
	} finally {
		lock?.release();
	}
}
