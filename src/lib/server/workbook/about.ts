// The workbook's « À propos » sheet: what the data is, its date, its licence, how to correct it. Build time only.
import { countLabel, formatDate } from '../../format/french';
import { countMatrix } from '../../matrix/model';
import type { Dataset } from '../../types';
import { countsSentence, SHEET_NAMES, type SheetSpec } from './sheets';

export const WORKBOOK_TITLE = 'Qui fait quoi ? — les opérateurs de l’État et l’ingénierie des collectivités';

/** `checkedOn` is the data's « à jour au » date (the latest date a source was read). */
export function aboutSheet(dataset: Dataset, checkedOn: string): SheetSpec {
	const counts = countMatrix(dataset.topics);
	const rows: [string, string][] = [
		['Titre', WORKBOOK_TITLE],
		[
			'Ce que sont ces données',
			"Une reconstitution sourcée du tableau « qui fait quoi ? » de l'ingénierie des six opérateurs de l'État (ANRU, Anah, Ademe, Cerema, Banque des Territoires, ANCT) établi par l'ANCT, qui n'est pas publié en données ouvertes : ce n'est pas le tableau officiel. Elle est faite à partir des offres publiques des opérateurs ; chaque lien entre un sujet et un opérateur cite au moins une source officielle (le site de l'opérateur ou un autre site de l'État), avec la date à laquelle la page a été lue. Un lien absent ne veut pas dire qu'un opérateur refuserait d'aider : seulement qu'aucune source officielle trouvée ne l'établit."
		],
		['Données à jour au', formatDate(checkedOn)],
		[
			'Contenu',
			`${countsSentence(dataset)} ; ${countLabel(counts.multiOperator, 'sujet')} avec plusieurs opérateurs, ${countLabel(counts.singleOperator, 'sujet')} avec un seul. Les décomptes sont calculés à partir des données, jamais ajustés.`
		],
		[
			SHEET_NAMES.matrix,
			"La matrice : une ligne par sujet, une colonne par opérateur avec la première phrase de son offre (vide s'il n'est pas compétent), puis le nombre d'opérateurs compétents."
		],
		[
			SHEET_NAMES.links,
			"Une ligne par lien sujet–opérateur : rôle, à qui l'offre est réservée, offre complète, programmes, types d'aide, phases, sources (une par ligne dans la cellule, dans le même ordre dans les quatre colonnes de sources)."
		],
		[
			SHEET_NAMES.overlaps,
			"Chaque paire d'opérateurs (y compris celles qui ne partagent rien) avec les sujets où les deux sont compétents, puis chaque combinaison exacte d'opérateurs trouvée sur un sujet (chaque sujet dans une seule combinaison)."
		],
		[
			SHEET_NAMES.sources,
			'Chaque adresse citée, une fois : son titre, son site, son type (déduit de son adresse), la date de lecture et les liens qui la citent.'
		],
		[
			'Licence',
			'Licence Ouverte 2.0 (Etalab) : toute réutilisation est permise, y compris commerciale, à condition de citer la source (« Qui fait quoi ? ») et la date de mise à jour. Les textes cités restent la propriété de leurs auteurs.'
		],
		[
			'Proposer une correction',
			"Une offre a changé, un lien manque, une source ne répond plus ? Signalez-le aux mainteneurs du site en indiquant le sujet, l'opérateur et la page publique qui établit la correction (voir la page « À propos » du site)."
		],
		[
			'Fichiers pour les programmes',
			"Sur le site, dans /donnees/ : matrice.csv (une ligne par lien, colonnes en codes, pour l'aller-retour avec le tableur), matrice.json, schema.json, chevauchements.csv et chevauchements.json."
		]
	];
	return {
		name: SHEET_NAMES.about,
		columns: [
			{ header: 'Rubrique', width: 30, wrap: true },
			{ header: 'Contenu', width: 110, wrap: true }
		],
		rows,
		frozenColumns: 0,
		filter: false
	};
}
