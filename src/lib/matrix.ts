import { OPERATOR_IDS, type OperatorId } from './operators';
import type { Dataset, Theme, Topic } from './types';

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

export function isMultiOperator(topic: Topic): boolean {
	return topic.operators.length >= 2;
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

export interface ThemeGroup {
	theme: Theme;
	topics: Topic[];
}

/** Topics grouped under their theme, in the themes' order; empty groups dropped. */
export function groupByTheme(themes: readonly Theme[], topics: readonly Topic[]): ThemeGroup[] {
	return themes
		.map((theme) => ({ theme, topics: topics.filter((topic) => topic.themeId === theme.id) }))
		.filter((group) => group.topics.length > 0);
}

export function findTopic(dataset: Dataset, id: string): Topic | undefined {
	return dataset.topics.find((topic) => topic.id === id);
}

/** « 3 opérateurs », « 1 opérateur »: the text badge that flags overlaps without relying on colour. */
export function operatorCountLabel(count: number): string {
	return `${count} opérateur${count > 1 ? 's' : ''}`;
}

/** French number formatting for figures shown in the UI (« 1 644 »). */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat('fr-FR').format(value);
}
