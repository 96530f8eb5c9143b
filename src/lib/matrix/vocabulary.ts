// The closed vocabularies of a topic–operator link: kinds of help and project phases. Browser-safe.

/** Kinds of help an operator gives on a topic: what tells two operators on one topic apart. */
export const HELP_KINDS = ['financement', 'pret', 'etude', 'accompagnement', 'outil', 'formation'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const HELP_KIND_LABELS: Record<HelpKind, string> = {
	financement: 'Financement (subvention)',
	pret: 'Prêt ou investissement',
	etude: 'Étude, expertise',
	accompagnement: 'Accompagnement, chef de projet',
	outil: 'Outil, données, guide',
	formation: 'Formation, réseau'
};

/** Project phases, from the upstream diagnostic to the works. */
export const PHASES = ['amont', 'etudes', 'realisation'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
	amont: 'Diagnostic, stratégie',
	etudes: 'Études, conception',
	realisation: 'Réalisation, suivi'
};

/** Values in the order of their vocabulary, so equal sets always read and serialise the same way. */
export function inVocabularyOrder<T extends string>(values: readonly T[], vocabulary: readonly T[]): T[] {
	return [...values].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b));
}
