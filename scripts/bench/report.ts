/** Plain-text tables for the bench's output: Markdown, so a run can be pasted into the README as is. */
import { QUERY_KINDS } from './corpus';
import { median, percentile, share, type EngineRun } from './measure';

export const ms = (value: number) =>
	Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
export const percent = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value * 100)} %`);
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export interface SkippedRun {
	name: string;
	reason: string;
}

export function engineTable(runs: (EngineRun | SkippedRun)[], totalQueries: number): string {
	return table(
		['engine', 'build ms', 'heap MB', 'median ms', 'p95 ms', 'CPU p50/p95 ms', 'top-3', 'queries'],
		runs.map((run) =>
			'reason' in run
				? [run.name, '–', '–', '–', '–', '–', '–', 'skipped']
				: [
						run.engine.name,
						Number.isNaN(run.buildMs) ? 'shared' : ms(run.buildMs),
						Number.isNaN(run.heapBytes) ? 'shared' : megabytes(run.heapBytes),
						ms(median(run.latenciesMs)),
						ms(percentile(run.latenciesMs, 95)),
						`${ms(median(run.cpuMs))} / ${ms(percentile(run.cpuMs, 95))}`,
						percent(share(run.top3)),
						run.queries.length === totalQueries ? String(totalQueries) : `${run.queries.length} of ${totalQueries}`
					]
		)
	);
}

/** Top-3 per kind of query: where an engine loses its accuracy. */
export function kindBreakdown(run: EngineRun): string {
	const kinds = [...QUERY_KINDS, 'hand-written' as const];
	return kinds
		.map((kind) => {
			const flags = run.top3.filter((_, index) => run.queries[index].kind === kind);
			return flags.length === 0 ? undefined : `${kind} ${percent(share(flags))} (${flags.length})`;
		})
		.filter((part) => part !== undefined)
		.join(' · ');
}

/** Accuracy on the queries every engine ran, so a sampled engine is compared on equal ground. */
export function commonAccuracy(runs: EngineRun[]): string {
	const common = Math.min(...runs.map((run) => run.queries.length));
	return `top-3 on the ${common} queries all engines ran: ${runs
		.map((run) => `${run.engine.name} ${percent(share(run.top3.slice(0, common)))}`)
		.join(', ')}`;
}

export function ratio(numerator: number, denominator: number): string {
	if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return '–';
	const value = numerator / denominator;
	return value >= 10 ? `×${value.toFixed(0)}` : `×${value.toFixed(1)}`;
}
