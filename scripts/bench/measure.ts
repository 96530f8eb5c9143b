/** Timing, memory and accuracy for one engine on one corpus. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchQuery } from './corpus';
import type { BuiltEngine, Engine } from './engines';

// `npm run bench` runs tsx without --expose-gc; this turns it on so heap deltas are not garbage noise.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface EngineRun {
	/** The engine's name and description: the topic search engines and the commune lookups alike. */
	engine: Pick<Engine, 'name' | 'description'>;
	buildMs: number;
	/** Heap growth while building, after garbage collection: the index's own size. */
	heapBytes: number;
	latenciesMs: number[];
	/**
	 * CPU time per query (the whole process, so GC and JIT threads count too): what the latency would be
	 * if no other process competed for the two shared cores. Never below the search's own compute time.
	 */
	cpuMs: number[];
	/** For each query run, whether its intended entry was in the top 3. */
	top3: boolean[];
	queries: BenchQuery[];
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length) - 1;
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export const median = (values: number[]) => percentile(values, 50);

export function share(flags: boolean[]): number {
	return flags.length === 0 ? Number.NaN : flags.filter(Boolean).length / flags.length;
}

export function buildMeasured<T>(
	engine: { build(entries: T[]): BuiltEngine },
	entries: T[]
): { built: BuiltEngine; buildMs: number; heapBytes: number } {
	collectGarbage();
	const heapBefore = process.memoryUsage().heapUsed;
	const start = performance.now();
	const built = engine.build(entries);
	const buildMs = performance.now() - start;
	collectGarbage();
	const heapBytes = process.memoryUsage().heapUsed - heapBefore;
	return { built, buildMs, heapBytes };
}

export interface Contender {
	built: BuiltEngine;
	queries: BenchQuery[];
	/** Time this engine may spend in total; once spent, it is sampled on the queries it ran. */
	budgetMs: number;
	warmUp: number;
}

type QueryResults = Pick<EngineRun, 'latenciesMs' | 'cpuMs' | 'top3' | 'queries'>;

/**
 * Runs the engines query by query, in turn, so that a burst of load from another process on the shared
 * cores hits every engine alike instead of whichever ran at that moment. Each engine first runs a few
 * warm-up queries (so the JIT has compiled its hot paths) and stops at its query limit or time budget:
 * a slow engine is sampled on the first queries, kinds interleaved.
 */
export function runInTurn(contenders: Contender[]): QueryResults[] {
	for (const { built, queries, warmUp } of contenders)
		for (const query of queries.slice(-warmUp)) built.search(query.text);
	const results: QueryResults[] = contenders.map(() => ({ latenciesMs: [], cpuMs: [], top3: [], queries: [] }));
	const spent = contenders.map(() => 0);
	const longest = Math.max(0, ...contenders.map((contender) => contender.queries.length));
	for (let position = 0; position < longest; position += 1) {
		contenders.forEach(({ built, queries, budgetMs }, index) => {
			const query = queries[position];
			if (!query || spent[index] > budgetMs) return;
			const cpuStart = process.cpuUsage();
			const start = performance.now();
			const ids = built.search(query.text);
			const elapsed = performance.now() - start;
			const cpu = process.cpuUsage(cpuStart);
			spent[index] += elapsed;
			const top = ids.slice(0, 3);
			const result = results[index];
			result.latenciesMs.push(elapsed);
			result.cpuMs.push((cpu.user + cpu.system) / 1000);
			result.top3.push(query.expectedIds.some((id) => top.includes(id)));
			result.queries.push(query);
		});
	}
	return results;
}
