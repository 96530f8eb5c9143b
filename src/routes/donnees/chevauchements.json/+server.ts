import { getDataset } from '$lib/server/data/load';
import { overlapReport, toOverlapTopic } from '$lib/overlaps/report';
import { provenance } from '$lib/matrix/provenance';

export const prerender = true;

export function GET() {
	const { themes, topics, sourceHosts } = getDataset();
	const report = overlapReport(themes, topics.map(toOverlapTopic));
	const body = {
		title: 'Qui fait quoi ? — chevauchements entre opérateurs',
		description:
			"Sujets partagés par plusieurs opérateurs : répartition par nombre d'opérateurs, paires (toutes, y compris à zéro), combinaisons exactes (chaque sujet dans une seule), détail par opérateur et par thème. Calculé à partir de /donnees/matrice.json ; opérateurs dans l'ordre anru, anah, ademe, cerema, bdt, anct ; identifiants de sujets triés.",
		licence: 'Licence Ouverte 2.0 (Etalab)',
		generatedFrom: '/donnees/matrice.json',
		dataCheckedOn: provenance(topics, sourceHosts).lastChecked,
		counts: { topics: report.topics, multiOperator: report.multiOperator, singleOperator: report.singleOperator },
		distribution: report.distribution,
		pairs: report.pairs,
		combinations: report.combinations,
		perOperator: report.perOperator,
		perTheme: report.perTheme
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
