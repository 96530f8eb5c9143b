import { getDataset } from '$lib/server/data/load';
import { toCsv } from '$lib/server/spreadsheet/csv';
import { overlapReport, toOverlapTopic } from '$lib/overlaps/report';
import { overlapRows } from '$lib/server/spreadsheet/overlap-rows';
import { operatorNames } from '$lib/operators';

export const prerender = true;

export function GET() {
	const { operators, themes, topics } = getDataset();
	const report = overlapReport(themes, topics.map(toOverlapTopic));
	const labels = new Map(topics.map((topic) => [topic.id, topic.label]));
	return new Response(toCsv(overlapRows(report, operatorNames(operators), labels)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
