import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATOR_IDS, type OperatorId } from '../operators';
import { compareOperatorSets } from '../operators';
import { overlapReport, type OverlapTopic } from './report';

const THEMES = [{ id: 't1' }, { id: 't2' }, { id: 't3' }];

const topicArb: fc.Arbitrary<OverlapTopic> = fc.record({
	id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
	themeId: fc.constantFrom('t1', 't2', 't3'),
	operators: fc.shuffledSubarray<OperatorId>([...OPERATOR_IDS], { minLength: 1 })
});
const topicsArb = fc.uniqueArray(topicArb, { selector: (topic) => topic.id, maxLength: 60 });

/** The same data, topics in another order and each topic's operators in another order. */
const shuffledArb = (topics: OverlapTopic[]) =>
	fc.shuffledSubarray(topics, { minLength: topics.length, maxLength: topics.length }).chain((reordered) =>
		fc.tuple(
			...reordered.map((topic) =>
				fc
					.shuffledSubarray([...topic.operators], {
						minLength: topic.operators.length,
						maxLength: topic.operators.length
					})
					.map((operators) => ({ ...topic, operators }))
			)
		)
	);

describe('overlap analytics, for any dataset', () => {
	it('partitions the topics: combination counts sum to the topic count, each topic in exactly one set', () => {
		fc.assert(
			fc.property(topicsArb, (topics) => {
				const report = overlapReport(THEMES, topics);
				expect(report.combinations.reduce((sum, combination) => sum + combination.count, 0)).toBe(topics.length);
				const listed = report.combinations.flatMap((combination) => combination.topics);
				expect(listed.toSorted()).toEqual(topics.map((topic) => topic.id).toSorted());
				for (const combination of report.combinations) {
					for (const id of combination.topics) {
						const topic = topics.find((candidate) => candidate.id === id)!;
						expect(new Set(topic.operators)).toEqual(new Set(combination.operators));
					}
				}
				expect(report.distribution.reduce((sum, row) => sum + row.count, 0)).toBe(topics.length);
				expect(report.multiOperator + report.singleOperator).toBe(topics.length);
			})
		);
	});

	it('counts, for each pair, exactly the topics that contain both operators', () => {
		fc.assert(
			fc.property(topicsArb, (topics) => {
				const report = overlapReport(THEMES, topics);
				expect(report.pairs).toHaveLength((OPERATOR_IDS.length * (OPERATOR_IDS.length - 1)) / 2);
				for (const {
					operators: [a, b],
					count,
					topics: ids
				} of report.pairs) {
					const expected = topics.filter((topic) => topic.operators.includes(a) && topic.operators.includes(b));
					expect(count).toBe(expected.length);
					expect(ids.toSorted()).toEqual(expected.map((topic) => topic.id).toSorted());
					const fromA = report.perOperator.find((row) => row.operator === a)!;
					expect(fromA.partners.find((partner) => partner.operator === b)!.count).toBe(count);
				}
			})
		);
	});

	it('splits each operator’s topics into shared and exclusive', () => {
		fc.assert(
			fc.property(topicsArb, (topics) => {
				for (const row of overlapReport(THEMES, topics).perOperator) {
					const own = topics.filter((topic) => topic.operators.includes(row.operator));
					expect(row.topics).toBe(own.length);
					expect(row.shared + row.exclusive.length).toBe(row.topics);
					expect(row.exclusive.length).toBe(own.filter((topic) => topic.operators.length === 1).length);
				}
			})
		);
	});

	it('sorts combinations by count, then size, then canonical order, each set spelled canonically', () => {
		fc.assert(
			fc.property(topicsArb, (topics) => {
				const { combinations } = overlapReport(THEMES, topics);
				for (const combination of combinations) {
					const ranks = combination.operators.map((id) => OPERATOR_IDS.indexOf(id));
					expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
				}
				for (let index = 1; index < combinations.length; index += 1) {
					const [previous, current] = [combinations[index - 1], combinations[index]];
					const order =
						current.count - previous.count ||
						previous.operators.length - current.operators.length ||
						compareOperatorSets(previous.operators, current.operators);
					expect(order).toBeLessThan(0);
				}
			})
		);
	});

	it('does not depend on the order of topics nor of operators within a topic', () => {
		fc.assert(
			fc.property(
				topicsArb.chain((topics) => fc.tuple(fc.constant(topics), shuffledArb(topics))),
				([topics, shuffled]) => {
					expect(overlapReport(THEMES, shuffled)).toEqual(overlapReport(THEMES, topics));
				}
			)
		);
	});
});
