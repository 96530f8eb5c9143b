// Communes: the shapes of the territorial data the pages and the browser share. Browser-safe (types and constants).

/** Programmes whose list of communes is vendored in data/territoires/: the site can answer « oui » or « non ». */
export const LISTED_PROGRAMMES = ['acv', 'pvd', 'ort', 'qpv'] as const;
export type ListedProgramme = (typeof LISTED_PROGRAMMES)[number];

export function isListedProgramme(id: string): id is ListedProgramme {
	return (LISTED_PROGRAMMES as readonly string[]).includes(id);
}

/** One current commune, as the département files and pages read it. */
export interface Commune {
	code: string;
	nom: string;
	departement: string;
	/** Arrondissement code (absent in Mayotte and some overseas collectivities): its chef-lieu hosts the sous-préfecture. */
	arrondissement: string | null;
	/** SIREN of its EPCI; null for the few communes outside any (islands, Paris is in the Métropole du Grand Paris). */
	epci: string | null;
	population: number | null;
	programmes: ListedProgramme[];
	/** Codes of its quartiers prioritaires (QPV 2024). */
	qpv: string[];
}

export interface Departement {
	code: string;
	nom: string;
	region: string;
	/** INSEE code of the préfecture's commune. */
	chefLieu: string;
}

/** A commune as the lookup index ships it: [code, name, département code, population]. */
export type CommuneIndexRow = [code: string, nom: string, departement: string, population: number];
