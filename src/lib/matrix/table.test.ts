import { describe, expect, it } from 'vitest';
import type { MatrixRow } from './model';
import { matrixTable } from './table';

const THEMES = [
	{ id: 'habitat', label: 'Habitat' },
	{ id: 'energie', label: 'Énergie' },
	{ id: 'vide', label: 'Sans sujet' }
];
const OPERATORS = [
	{ id: 'anah', shortName: 'Anah' },
	{ id: 'ademe', shortName: 'Ademe' }
];
const row = (id: string, themeId: string, summaries: MatrixRow['summaries']): MatrixRow => ({
	id,
	label: `Sujet ${id}`,
	themeId,
	operatorIds: Object.keys(summaries) as MatrixRow['operatorIds'],
	summaries
});

describe('the matrix as a table', () => {
	it('has the theme, the topic, one short offer per operator (empty if none) and the count', () => {
		const table = matrixTable(THEMES, OPERATORS, [
			row('chaleur', 'energie', { ademe: 'Fonds chaleur.' }),
			row('copro', 'habitat', { anah: 'Aide aux copropriétés.', ademe: 'Audit.' })
		]);
		expect(table.header).toEqual(['Thème', 'Sujet', 'Anah', 'Ademe', "Nombre d'opérateurs"]);
		// Rows follow the themes' order, as /matrice shows them, whatever the order they come in.
		expect(table.rows).toEqual([
			['Habitat', 'Sujet copro', 'Aide aux copropriétés.', 'Audit.', 2],
			['Énergie', 'Sujet chaleur', '', 'Fonds chaleur.', 1]
		]);
	});
});
