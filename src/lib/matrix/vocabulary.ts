// The closed vocabularies of a topic–operator link: roles, kinds of help and project phases. Browser-safe.

/**
 * An operator's role on a topic, in the order pages list them: the main door first, then who funds, who brings
 * expertise, who takes part in another's programme.
 */
export const ROLES = ['pilote', 'financeur', 'expertise', 'partenaire'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	pilote: 'Pilote',
	financeur: 'Financeur',
	expertise: 'Expertise',
	partenaire: 'Partenaire'
};

/** What each role means, for the legend and the glossary. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
	pilote: 'porte le programme ou est la porte d’entrée principale sur ce sujet',
	financeur: 'finance : subventions, prêts ou investissements',
	expertise: 'apporte études, expertise technique, données ou outils',
	partenaire: 'participe au programme d’un autre acteur (cofinance, relaie)'
};

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

/**
 * Links in the order a reader should meet them: by role (the pilot first), then by the breadth of the offer
 * (more kinds of help first), then in the operators' canonical order for equal offers.
 */
export function byRole<T extends { role: Role; kinds: readonly string[]; operatorId: string }>(
	links: readonly T[],
	operatorRank: (id: string) => number
): T[] {
	return [...links].sort(
		(a, b) =>
			ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
			b.kinds.length - a.kinds.length ||
			operatorRank(a.operatorId) - operatorRank(b.operatorId)
	);
}
