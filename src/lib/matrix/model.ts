// The matrix model: counts, grouping by theme, related topics and the lean rows /matrice shows. Browser-safe.
import { countLabel } from '../format/french';
import { firstSentence } from '../format/text';
import { OPERATOR_IDS, type OperatorId } from '../operators';
import type { Dataset, Theme, Topic } from '../types';

export interface MatrixCounts {
	topics: number;
	multiOperator: number;
	singleOperator: number;
	links: number;
	/** distribution[n] = number of topics with exactly n operators, n = 0..6 */
	distribution: number[];
}

export function operatorCount(topic: Topic): number {
	return topic.operators.length;
}

export function topicOperatorIds(topic: Topic): OperatorId[] {
	return topic.operators.map((link) => link.operatorId);
}

export function countMatrix(topics: readonly Topic[]): MatrixCounts {
	const distribution = Array.from({ length: OPERATOR_IDS.length + 1 }, () => 0);
	let links = 0;
	for (const topic of topics) {
		distribution[topic.operators.length] += 1;
		links += topic.operators.length;
	}
	const singleOperator = distribution[1];
	return {
		topics: topics.length,
		multiOperator: topics.length - singleOperator - distribution[0],
		singleOperator,
		links,
		distribution
	};
}

export interface ThemeGroup<TTheme extends { id: string } = Theme, TTopic extends { themeId: string } = Topic> {
	theme: TTheme;
	topics: TTopic[];
}

/** Topics (or lean rows) grouped under their theme, in the themes' order; empty groups dropped. */
export function groupByTheme<TTheme extends { id: string } = Theme, TTopic extends { themeId: string } = Topic>(
	themes: readonly TTheme[],
	topics: readonly TTopic[]
): ThemeGroup<TTheme, TTopic>[] {
	return themes
		.map((theme) => ({ theme, topics: topics.filter((topic) => topic.themeId === theme.id) }))
		.filter((group) => group.topics.length > 0);
}

export function findTopic(dataset: Dataset, id: string): Topic | undefined {
	return dataset.topics.find((topic) => topic.id === id);
}

/** « 3 opérateurs », « 1 opérateur »: the text badge that flags overlaps without relying on colour. */
export function operatorCountLabel(count: number): string {
	return countLabel(count, 'opérateur');
}

export function hasOperator(topic: Topic, operatorId: OperatorId): boolean {
	return topic.operators.some((link) => link.operatorId === operatorId);
}

export function sameOperatorSet(a: Topic, b: Topic): boolean {
	return a.operators.length === b.operators.length && a.operators.every((link) => hasOperator(b, link.operatorId));
}

export interface RelatedTopics {
	/** The other topics of the same theme, in data order. */
	sameTheme: Topic[];
	/** Topics of other themes with exactly the same operators. */
	sameOperators: Topic[];
}

export function relatedTopics(topics: readonly Topic[], topic: Topic): RelatedTopics {
	const others = topics.filter((candidate) => candidate.id !== topic.id);
	return {
		sameTheme: others.filter((candidate) => candidate.themeId === topic.themeId),
		sameOperators: others.filter(
			(candidate) => candidate.themeId !== topic.themeId && sameOperatorSet(candidate, topic)
		)
	};
}

/** One /matrice row, lean: no sources, the first sentence of each offer. */
export interface MatrixRow {
	id: string;
	label: string;
	themeId: string;
	operatorIds: OperatorId[];
	summaries: Partial<Record<OperatorId, string>>;
}

export function toMatrixRow(topic: Topic): MatrixRow {
	return {
		id: topic.id,
		label: topic.label,
		themeId: topic.themeId,
		operatorIds: topicOperatorIds(topic),
		summaries: Object.fromEntries(topic.operators.map((link) => [link.operatorId, firstSentence(link.offer)]))
	};
}
