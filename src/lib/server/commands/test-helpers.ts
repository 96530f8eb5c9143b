// Data commands: helpers their tests share (fixtures, running a command in a temp copy). Node only.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandOutput } from './output';

export const ROOT = join(import.meta.dirname, '../../../..');
export const VALID_DATA = join(ROOT, 'tests/fixtures/data-valid');
export const CSV_FIXTURES = join(ROOT, 'tests/fixtures/csv');

/** A throw-away copy of a data directory: scripts under test never touch the real data/. */
export function copyData(from = VALID_DATA): string {
	const dir = mkdtempSync(join(tmpdir(), 'qfq-data-'));
	for (const name of readdirSync(from).filter((file) => file.endsWith('.json')))
		cpSync(join(from, name), join(dir, name));
	return dir;
}

/**
 * One hash over every name and byte in the directory, to prove nothing was written. Sub-folders are walked, and
 * a symbolic link counts by where it points (it may point at /dev/zero).
 */
export function hashDir(dir: string, hash = createHash('sha256')): string {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		const stats = lstatSync(path);
		hash.update(name).update('\0');
		if (stats.isSymbolicLink()) hash.update(`-> ${readlinkSync(path)}`);
		else if (stats.isDirectory()) hash.update(`dir ${hashDir(path)}`);
		else hash.update(readFileSync(path));
		hash.update('\0');
	}
	return hash.digest('hex');
}

export function runScript(script: 'data-export' | 'data-import' | 'data-check', args: string[]) {
	const result = spawnSync('npx', ['tsx', join(ROOT, 'scripts', `${script}.ts`), ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Windows-1252 above Latin-1: byte 0x80 + index. Written out here rather than taken from the code under test.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** What French Excel writes for « CSV (séparateur : point-virgule) »; throws on a character it cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
	return Uint8Array.from([...text], (char) => {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
		const high = HIGH.indexOf(char);
		if (high === -1) throw new Error(`« ${char} » (U+${code.toString(16)}) n'existe pas en Windows-1252`);
		return 0x80 + high;
	});
}

/** Runs a data command in this process (fast), collecting what it prints. */
export function runInProcess(command: (argv: readonly string[], io: CommandOutput) => number, args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = command(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
	return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
