import { getDataset } from '$lib/server/data/load';
import { getSenate } from '$lib/server/data/load-senate';
import { sharedTopicsAnchor } from '$lib/senate/recommendations';
import { overlapReport, toOverlapTopic, topicsSharedBy } from '$lib/overlaps/report';
import { provenance } from '$lib/matrix/provenance';
import { operatorNames } from '$lib/operators';
import { headlines } from './headlines';

// Text, tables and charts that need no script: the page ships no JavaScript (Lighthouse: hydrating it was most of
// its blocking time on a phone). The menu is a <details>, which works without.
export const csr = false;

export function load() {
	const { operators, themes, topics, sourceHosts } = getDataset();
	const lean = topics.map(toOverlapTopic);
	const report = overlapReport(themes, lean);
	return {
		report,
		headlines: headlines(
			report,
			operatorNames(operators),
			Object.fromEntries(themes.map((theme) => [theme.id, theme.label]))
		),
		// The operators a Senate recommendation asks about (ANCT, Ademe, Cerema): /recommandations links to their table.
		groups: getSenate()
			.recommendations.flatMap((recommendation) => (recommendation.operators ? [recommendation.operators] : []))
			.map((ids) => ({ operators: ids, anchor: sharedTopicsAnchor(ids), topics: topicsSharedBy(lean, ids) })),
		operators: operators.map(({ id, shortName, name }) => ({ id, shortName, name })),
		themes: themes.map(({ id, label }) => ({ id, label })),
		topicLabels: Object.fromEntries(topics.map((topic) => [topic.id, topic.label])),
		dataCheckedOn: provenance(topics, sourceHosts).lastChecked
	};
}
