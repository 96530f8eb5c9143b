import { getDataset } from '$lib/server/load-data';
import { toCsv } from '$lib/csv';
import { overlapReport, toOverlapTopic } from '$lib/overlaps';
import { overlapRows } from '$lib/overlaps-csv';

export const prerender = true;

export function GET() {
	const { operators, themes, topics } = getDataset();
	const report = overlapReport(themes, topics.map(toOverlapTopic));
	const names = new Map(operators.map((operator) => [operator.id, operator.shortName]));
	return new Response(toCsv(overlapRows(report, names)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
