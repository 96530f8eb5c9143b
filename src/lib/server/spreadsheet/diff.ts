// Spreadsheet import: what an import changes in topics.json, in words. Node only.
import type { Link, Topic } from '../../types';

export interface Change {
	/** « friches » for a topic, « friches – ademe » for a link. */
	name: string;
	fields: string[];
}

export interface TopicsDiff {
	topicsAdded: string[];
	topicsRemoved: string[];
	topicsModified: Change[];
	linksAdded: string[];
	linksRemoved: string[];
	linksModified: Change[];
	/** Same content, other order (e.g. rows sorted in the spreadsheet): the file still changes. */
	orderChanged: boolean;
}

function changedFields<T extends object>(before: T, after: T, skip: readonly (keyof T)[] = []): string[] {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof T)[];
	return keys
		.filter((key) => !skip.includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
		.map(String);
}

function linksOf(topics: readonly Topic[]): Map<string, Link> {
	return new Map(
		topics.flatMap((topic) => topic.operators.map((link) => [`${topic.id} – ${link.operatorId}`, link] as const))
	);
}

/** What an import changes in topics.json, in words a maintainer can check against their edits. */
export function diffTopics(before: readonly Topic[], after: readonly Topic[]): TopicsDiff {
	const beforeTopics = new Map(before.map((topic) => [topic.id, topic]));
	const afterTopics = new Map(after.map((topic) => [topic.id, topic]));
	const beforeLinks = linksOf(before);
	const afterLinks = linksOf(after);
	const topicsModified: Change[] = [];
	for (const topic of after) {
		const old = beforeTopics.get(topic.id);
		const fields = old ? changedFields(old, topic, ['operators']) : [];
		if (fields.length > 0) topicsModified.push({ name: topic.id, fields });
	}
	const linksModified: Change[] = [];
	for (const [name, link] of afterLinks) {
		const old = beforeLinks.get(name);
		const fields = old ? changedFields(old, link) : [];
		if (fields.length > 0) linksModified.push({ name, fields });
	}
	const sameIds = (a: readonly Topic[], b: readonly Topic[]) =>
		JSON.stringify(
			a.filter((topic) => afterTopics.has(topic.id) && beforeTopics.has(topic.id)).map((topic) => topic.id)
		) ===
		JSON.stringify(
			b.filter((topic) => afterTopics.has(topic.id) && beforeTopics.has(topic.id)).map((topic) => topic.id)
		);
	return {
		topicsAdded: after.filter((topic) => !beforeTopics.has(topic.id)).map((topic) => topic.id),
		topicsRemoved: before.filter((topic) => !afterTopics.has(topic.id)).map((topic) => topic.id),
		topicsModified,
		linksAdded: [...afterLinks.keys()].filter((name) => !beforeLinks.has(name)),
		linksRemoved: [...beforeLinks.keys()].filter((name) => !afterLinks.has(name)),
		linksModified,
		orderChanged: !sameIds(before, after)
	};
}

export function isEmptyDiff(diff: TopicsDiff): boolean {
	return (
		!diff.orderChanged &&
		[
			diff.topicsAdded,
			diff.topicsRemoved,
			diff.topicsModified,
			diff.linksAdded,
			diff.linksRemoved,
			diff.linksModified
		].every((list) => list.length === 0)
	);
}

export function formatDiff(diff: TopicsDiff): string[] {
	const describe = (change: Change) => `${change.name} (${change.fields.join(', ')})`;
	const section = (title: string, items: string[]) =>
		items.length > 0 ? [`  ${title} (${items.length}) : ${items.join(' ; ')}`] : [];
	return [
		...section('sujets ajoutés', diff.topicsAdded),
		...section('sujets supprimés', diff.topicsRemoved),
		...section('sujets modifiés', diff.topicsModified.map(describe)),
		...section('liens ajoutés', diff.linksAdded),
		...section('liens supprimés', diff.linksRemoved),
		...section('liens modifiés', diff.linksModified.map(describe)),
		...(diff.orderChanged
			? ['  ordre des sujets modifié (dans un même thème, les sujets suivent l’ordre des lignes du CSV)']
			: [])
	];
}
