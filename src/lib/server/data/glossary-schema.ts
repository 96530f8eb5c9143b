// data/: the zod schema of the glossary (data/glossary.json) and its checks, with French messages. Server only.
import { z } from 'zod';
import { classifySource, isOfficial } from '../../matrix/sources';
import { sourceSchema, type SourceHosts } from './schema';
import { text } from './text-rules';
import { DataError, validateEntries, type DataProblem } from './validate';
import { ProblemList } from '../problems';

/** A sigle as written in the texts: capitals, digits, hyphens (« DDT-M »), a capital first. */
const sigle = z
	.string({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un texte') })
	.regex(/^\p{Lu}[\p{L}\d-]*$/u, { error: 'sigle invalide (attendu : une majuscule puis lettres, chiffres, tirets)' });

/** One line a reader takes in at a glance: a sentence, not a paragraph. */
const MAX_DEFINITION_CHARS = 240;

export const glossaryEntrySchema = z.strictObject({
	term: sigle,
	/** Other spellings met in the texts (« DDTM » for « DDT »), marked like the term. */
	forms: z.array(sigle, { error: 'liste de sigles attendue' }).optional(),
	expansion: text,
	definition: text
		.refine((value) => !value.includes('\n'), { error: 'une seule ligne attendue' })
		.refine((value) => value.length <= MAX_DEFINITION_CHARS, {
			error: `définition trop longue (${MAX_DEFINITION_CHARS} caractères au plus)`
		}),
	source: sourceSchema
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * Validates the glossary: every entry's fields, each spelling once in the whole file, and a source on the operator's
 * or the State's own site (the table of data/source-hosts.json), like every link of the matrix.
 */
export function validateGlossary(raw: { file: string; content: unknown }, sourceHosts: SourceHosts): GlossaryEntry[] {
	const problems = new ProblemList<DataProblem>();
	const entries = validateEntries(raw, glossaryEntrySchema, describeEntry, problems);
	const seen = new Map<string, string>();
	for (const entry of entries) {
		const where = `sigle « ${entry.term} »`;
		for (const form of [entry.term, ...(entry.forms ?? [])]) {
			const owner = seen.get(form);
			if (owner)
				problems.push({ file: raw.file, entry: where, field: 'term', message: `« ${form} » est déjà défini par « ${owner} »` });
			seen.set(form, entry.term);
		}
		const found = classifySource(entry.source.url, sourceHosts);
		if ('banned' in found) {
			problems.push({ file: raw.file, entry: where, field: 'source.url', message: found.banned });
		} else if (!isOfficial(found.kind)) {
			problems.push({
				file: raw.file,
				entry: where,
				field: 'source.url',
				message: "source non officielle : citez le site de l'opérateur ou un site de l'État (data/source-hosts.json)"
			});
		}
	}
	DataError.throwIfAny(problems);
	return entries;
}

function describeEntry(item: unknown, index: number): string {
	const term = typeof item === 'object' && item !== null ? (item as { term?: unknown }).term : undefined;
	return typeof term === 'string' && term.length > 0 ? `sigle « ${term} »` : `sigle n° ${index + 1} (sans sigle)`;
}
