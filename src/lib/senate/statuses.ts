// The verdicts of the Senate follow-up report: a leaf module, so the schema and the views share it without a cycle.

/** The 2024 verdicts of the Senate follow-up report, in the order its synthesis lists them. */
export const RECOMMENDATION_STATUSES = ['suivie', 'en-cours', 'insatisfaisante', 'non-retenue'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
