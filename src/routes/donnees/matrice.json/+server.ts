import { getDataset } from '$lib/server/data/load';
import { countMatrix } from '$lib/matrix/model';
import { sourceKind } from '$lib/matrix/sources';

export const prerender = true;

export function GET() {
	const { operators, themes, topics, programmes, sourceHosts } = getDataset();
	const counts = countMatrix(topics);
	const body = {
		title: "Qui fait quoi ? — reconstitution sourcée du tableau « qui fait quoi ? » de l'ANCT",
		description:
			"Compétences des six opérateurs de l'État (ANRU, Anah, Ademe, Cerema, Banque des Territoires, ANCT) en ingénierie pour les collectivités, par sujet. Reconstitution à partir des offres publiques des opérateurs, chaque lien cite sa source : ce n'est pas le tableau officiel.",
		licence: 'Licence Ouverte 2.0 (Etalab)',
		counts,
		operators,
		themes,
		programmes,
		// Each source's kind is read off its host by data/source-hosts.json, exported so reusers need not redo it.
		topics: topics.map((topic) => ({
			...topic,
			operators: topic.operators.map((link) => ({
				...link,
				sources: link.sources.map((source) => ({ ...source, kind: sourceKind(source.url, sourceHosts) }))
			}))
		}))
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
