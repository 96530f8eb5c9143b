// data/: what a text or a date of data/ may hold, shared by every schema (and so by the CSV import). Server only.
import { codePointLabel as hex } from '../files/text';
import { z } from './zod-fr';

const string = () => z.string({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un texte') });

/**
 * Why `value` cannot be shown as is, or undefined. Control characters (a NUL reaches the built HTML) and
 * bidirectional overrides and isolates (U+202E shows a label reversed) are refused; tab and line breaks only
 * where the field is `multiline` (offers, descriptions).
 */
export function forbiddenCharacter(value: string, multiline: boolean): string | undefined {
	let position = 0;
	for (const char of value) {
		position += 1;
		const code = char.codePointAt(0) ?? 0;
		const at = `(caractère n° ${position})`;
		if (code === 0x09 || code === 0x0a || code === 0x0d) {
			if (!multiline) return `tabulation ou retour à la ligne ${at} : ce champ tient sur une ligne`;
		} else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
			return `caractère de contrôle ${hex(code)} ${at} interdit : il est invisible et n’a pas sa place dans un texte`;
		} else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
			return `caractère de direction ${hex(code)} ${at} interdit : il peut faire afficher le texte à l’envers`;
		}
	}
	return undefined;
}

const nonEmptyText = () =>
	string()
		.trim()
		.min(1, { error: 'ne doit pas être vide' });

const refuseForbidden = (multiline: boolean) => (value: string, ctx: z.RefinementCtx) => {
	const problem = forbiddenCharacter(value, multiline);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** A label, a title, a keyword: one line of text. */
export const text = nonEmptyText().superRefine(refuseForbidden(false));

/** An offer, a description: line breaks and tabs allowed. */
export const paragraph = nonEmptyText().superRefine(refuseForbidden(true));

/** Checked-on dates: none before the operators' web pages existed, none in the future. */
export const FIRST_CHECK_DATE = '2000-01-01';

/** Today's date where the command or the build runs, as AAAA-MM-JJ. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const checkedOnDate = string()
	.refine((value) => isIsoDate(value), { error: 'date invalide (attendu : AAAA-MM-JJ)' })
	.refine((value) => !isIsoDate(value) || (value >= FIRST_CHECK_DATE && value <= today()), {
		error: (iss) =>
			`date impossible « ${String(iss.input)} » : une date de relevé va du ${FIRST_CHECK_DATE} à aujourd’hui (${today()})`
	});
