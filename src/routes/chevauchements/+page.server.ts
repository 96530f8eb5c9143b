import { getDataset } from '$lib/server/data/load';
import { overlapReport, toOverlapTopic, topicsSharedBy } from '$lib/overlaps/report';
import type { OperatorId } from '$lib/operators';
import { provenance } from '$lib/matrix/provenance';

// The Senate asks whether ANCT, Ademe and Cerema duplicate each other; /recommandations links to their pairs here.
const SENATE_TRIO: OperatorId[] = ['ademe', 'cerema', 'anct'];

export function load() {
	const { operators, themes, topics } = getDataset();
	const lean = topics.map(toOverlapTopic);
	return {
		report: overlapReport(themes, lean),
		trio: { operators: SENATE_TRIO, topics: topicsSharedBy(lean, SENATE_TRIO) },
		operators: operators.map(({ id, shortName, name }) => ({ id, shortName, name })),
		themes: themes.map(({ id, label }) => ({ id, label })),
		topicLabels: Object.fromEntries(topics.map((topic) => [topic.id, topic.label])),
		dataCheckedOn: provenance(topics).lastChecked
	};
}
