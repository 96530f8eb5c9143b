// Who may ask for an offer: the `eligibleIf` conditions of a link, in words and in a spreadsheet cell. Browser-safe.
import { alternativesLabel, formatNumber } from '../format/french';

/** One way to qualify; a link lists the alternatives (any one suffices), none meaning every commune and EPCI. */
export type Condition = { programme: string } | { populationMax: number };

export interface ProgrammeLabel {
	id: string;
	label: string;
	/** « les communes Petites villes de demain »: who the programme covers, as a sentence needs it. */
	communes: string;
}

/** « Ouvert à toutes les communes et intercommunalités » or « Réservé aux communes Petites villes de demain ». */
export function eligibilityText(conditions: readonly Condition[], programmes: readonly ProgrammeLabel[]): string {
	if (conditions.length === 0) return 'Ouvert à toutes les communes et intercommunalités';
	const parts = conditions.map((condition) =>
		'programme' in condition
			? (programmes.find((programme) => programme.id === condition.programme)?.communes ?? condition.programme)
			: `les communes de ${formatNumber(condition.populationMax)} habitants au plus`
	);
	// Every part starts with « les » (« les communes… »), and « à les » contracts to « aux ».
	return `Réservé ${alternativesLabel(parts.map((part) => part.replace(/^les /, 'aux ')))}`;
}

const POPULATION = /^population\s*<=\s*(\d+)$/;

/** « pvd | population<=3500 »: the spreadsheet form, ids kept as the data writes them. */
export function formatConditions(conditions: readonly Condition[]): string {
	return conditions
		.map((condition) => ('programme' in condition ? condition.programme : `population<=${condition.populationMax}`))
		.join(' | ');
}

/** The inverse of formatConditions, item by item; unreadable items come back as programme ids for the schema to refuse. */
export function parseConditions(items: readonly string[]): Condition[] {
	return items.map((item) => {
		const population = POPULATION.exec(item.replace(/\s+/g, ''));
		return population ? { populationMax: Number(population[1]) } : { programme: item };
	});
}

/**
 * What a ranking knows of the commune asking: its population and the programmes it belongs to (or may join).
 * The « petite commune » filter fills it with SMALL_COMMUNE; a chosen commune can fill it with its own figures.
 */
export interface CommuneProfile {
	population?: number;
	programmes?: readonly string[];
}

/**
 * A village: under the threshold of Villages d'avenir (communes de moins de 3 500 habitants), the one programme
 * such a commune may join (https://banquedesterritoires.fr/village-davenir-une-premiere-salve-de-2500-communes).
 */
export const SMALL_COMMUNE: CommuneProfile = { population: 3_499, programmes: ['va'] };

/** Whether an offer reserved by `conditions` is open to the commune: no condition, or one it meets. */
export function isOpenTo(conditions: readonly Condition[], commune: CommuneProfile): boolean {
	if (conditions.length === 0) return true;
	return conditions.some((condition) =>
		'programme' in condition
			? (commune.programmes ?? []).includes(condition.programme)
			: commune.population !== undefined && commune.population <= condition.populationMax
	);
}

/** The address parameter of the « petite commune » filter: `?petite=1`, shared by the search and the note. */
export const SMALL_COMMUNE_PARAM = 'petite';

/** The commune an address asks the ranking to favour, if any. */
export function communeFromParams(params: URLSearchParams): CommuneProfile | undefined {
	return params.get(SMALL_COMMUNE_PARAM) === '1' ? SMALL_COMMUNE : undefined;
}
