/**
 * "Latest query wins" for an asynchronous search (a Web Worker, or any slow search behind a promise).
 *
 * While one search runs, newer queries do not pile up behind it: only the newest waits its turn, and the
 * running one is aborted (its result, if it still arrives, is dropped). A worker cannot be interrupted
 * mid-search, so at most one search is ever in flight: ten keystrokes during a 60 ms search cost one
 * follow-up search, not ten.
 */

/** Searches `query`; should settle soon after `signal` aborts (rejecting is fine: stale outcomes are dropped). */
export type AsyncSearch<Q, R> = (query: Q, signal: AbortSignal) => Promise<R>;

export interface LatestQueryOptions<Q, R> {
	search: AsyncSearch<Q, R>;
	/** Called with the result of the latest query only, never with a superseded one. */
	deliver: (result: R, query: Q) => void;
	/** Called when the latest query's search fails; failures of superseded queries are dropped. */
	fail?: (error: unknown, query: Q) => void;
}

export interface LatestQuery<Q> {
	/** Asks for `query`, superseding every earlier one. */
	run(query: Q): void;
	/** Drops the running and waiting queries: nothing is delivered until the next `run`. */
	cancel(): void;
	/** True while a search runs or a query waits for its turn. */
	readonly busy: boolean;
}

export function createLatestQuery<Q, R>({ search, deliver, fail }: LatestQueryOptions<Q, R>): LatestQuery<Q> {
	// Every run or cancel bumps the generation; an outcome is delivered only if its generation is still current.
	let generation = 0;
	let running: AbortController | undefined;
	let waiting: { query: Q; generation: number } | undefined;

	function start(query: Q, ownGeneration: number): void {
		const controller = new AbortController();
		running = controller;
		let outcome: Promise<R>;
		try {
			outcome = Promise.resolve(search(query, controller.signal));
		} catch (error) {
			outcome = Promise.reject(error);
		}
		void outcome
			.then(
				(result) => {
					if (ownGeneration === generation) deliver(result, query);
				},
				(error: unknown) => {
					if (ownGeneration === generation) fail?.(error, query);
				}
			)
			.finally(() => {
				running = undefined;
				const next = waiting;
				waiting = undefined;
				if (next && next.generation === generation) start(next.query, next.generation);
			});
	}

	return {
		run(query) {
			generation += 1;
			if (running) {
				running.abort();
				waiting = { query, generation };
			} else {
				start(query, generation);
			}
		},
		cancel() {
			generation += 1;
			running?.abort();
			waiting = undefined;
		},
		get busy() {
			return running !== undefined || waiting !== undefined;
		}
	};
}
