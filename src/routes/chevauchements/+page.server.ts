import { getDataset } from '$lib/server/data/load';
import { getSenate } from '$lib/server/data/load-senate';
import { sharedTopicsAnchor } from '$lib/senate/recommendations';
import { overlapReport, toOverlapTopic, topicsSharedBy } from '$lib/overlaps/report';
import { provenance } from '$lib/matrix/provenance';
import { operatorNames } from '$lib/operators';
import { headlines } from './headlines';

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
