// Data commands: where they print, and how they read their arguments. Node only.
import { parseArgs } from 'node:util';

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
	fix: { type: 'boolean' }
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
