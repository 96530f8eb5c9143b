import { operatorNames } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';
import { getTerritoires } from '$lib/server/territoires/load';

// The commune is read from the address in the browser (`?code=`): the prerendered page carries what every commune
// shares — programme lists with their dates, and the reserved offers to check against the commune's programmes.
export function load() {
	const dataset = getDataset();
	const { lists, missing } = getTerritoires().lists;
	return {
		programmes: dataset.programmes,
		lists: lists.map(({ id, title, producer, date }) => ({ id, title, producer, date })),
		missing,
		names: operatorNames(dataset.operators),
		reserved: dataset.topics.flatMap((topic) =>
			topic.operators
				.filter((link) => link.eligibleIf.length > 0)
				.map((link) => ({
					topicId: topic.id,
					topic: topic.label,
					operatorId: link.operatorId,
					eligibleIf: link.eligibleIf
				}))
		)
	};
}
