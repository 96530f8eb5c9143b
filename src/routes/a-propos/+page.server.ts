import { countMatrix } from '$lib/matrix/model';
import { provenance } from '$lib/matrix/provenance';
import { reportCounts } from '$lib/senate/figures';
import { getDataset } from '$lib/server/data/load';
import { getSenate } from '$lib/server/data/load-senate';
import { getTerritoires } from '$lib/server/territoires/load';

// Text, tables and charts that need no script: the page ships no JavaScript (Lighthouse: hydrating it was most of
// its blocking time on a phone). The menu is a <details>, which works without.
export const csr = false;

export function load() {
	const { operators, topics, themes, sourceHosts, unsourced, programmes } = getDataset();
	const territoires = getTerritoires();
	const figures = getSenate().figures;
	const topicIds = new Set(topics.map((topic) => topic.id));
	return {
		counts: countMatrix(topics),
		report: reportCounts(getSenate().figures),
		// Where the data's count can part from the report's: topics left with one operator, topics withdrawn.
		singleOperatorTopics: topics
			.filter((topic) => topic.operators.length === 1)
			.map(({ id, label }) => ({ id, label })),
		withdrawnTopics: [
			...new Map(
				unsourced.filter((link) => !topicIds.has(link.topicId)).map((link) => [link.topicId, link.topic])
			).values()
		],
		unsourced: unsourced.map(({ topicId, topic, operatorId, why }) => ({
			topicId: topicIds.has(topicId) ? topicId : undefined,
			topic,
			operator: operators.find((operator) => operator.id === operatorId)?.shortName ?? operatorId,
			why
		})),
		provenance: provenance(topics, sourceHosts),
		sourceKindLabels: Object.fromEntries(sourceHosts.kinds.map((kind) => [kind.id, kind.label])),
		themeCount: themes.length,
		operators: operators.map(({ id, shortName, name, website }) => ({ id, shortName, name, website })),
		// Where the programme lists come from, how many communes each holds, and how that compares with the report.
		territoires: {
			communes: territoires.communes.length,
			lists: territoires.lists.lists.map((list) => ({
				...list,
				label: programmes.find((programme) => programme.id === list.id)?.label ?? list.id,
				count: territoires.communes.filter((commune) => commune.programmes.includes(list.id)).length,
				report: figures.find((figure) => figure.id === list.reportFigure)
			})),
			missing: territoires.lists.missing.map((item) => ({
				...item,
				label: programmes.find((programme) => programme.id === item.id)?.label ?? item.id
			}))
		}
	};
}
