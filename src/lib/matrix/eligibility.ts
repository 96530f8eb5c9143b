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
