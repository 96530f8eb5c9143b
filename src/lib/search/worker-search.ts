/**
 * The search behind a promise, run in a Web Worker: for the national corpus (thousands of entries),
 * where a search on the main thread would hold a keystroke for longer than a frame. Pair it with
 * createLatestQuery so only the latest query's hits reach the page.
 */
import type { AsyncSearch } from './latest-query';
import type { WorkerRequest, WorkerResponse } from './search.worker';
import type { SearchEntry, SearchHit } from './types';

/**
 * Above this many entries the home page should search in a worker. `npm run bench` on two slow cores:
 * CPU p95 per query ≈ 8 ms at 10 000 entries, ≈ 200 ms at 100 000. Half of 10 000 keeps a phone
 * several times slower than that machine within one frame (16 ms).
 */
export const WORKER_THRESHOLD = 5_000;

export const shouldSearchInWorker = (entryCount: number) => entryCount > WORKER_THRESHOLD;

/** The part of a Worker used here, so tests can stand in a fake. */
export interface SearchWorkerPort {
	postMessage(message: WorkerRequest): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}

/** Starts the worker; Vite bundles it from this exact `new Worker(new URL(…))` form. */
export function startSearchWorker(): SearchWorkerPort {
	return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}

export interface WorkerSearch {
	search: AsyncSearch<string, SearchHit[]>;
	dispose(): void;
}

/**
 * Sends the entries once, then one message per search. A worker cannot be interrupted mid-search, so the
 * abort signal is not used to cut a search short: createLatestQuery's one-search-in-flight rule is what
 * keeps keystrokes from queueing up behind it, and drops the superseded hits.
 */
export function createWorkerSearch(entries: SearchEntry[], worker: SearchWorkerPort = startSearchWorker()): WorkerSearch {
	const waiting = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }>();
	let nextId = 0;

	const failAll = (message: string) => {
		for (const { reject } of waiting.values()) reject(new Error(message));
		waiting.clear();
	};

	worker.addEventListener('message', ({ data }) => {
		if (data.type === 'indexed') return;
		const request = waiting.get(data.id);
		if (!request) return;
		waiting.delete(data.id);
		if (data.type === 'hits') request.resolve(data.hits);
		else request.reject(new Error(data.message));
	});
	// A crash (e.g. while indexing) fails every waiting search: the page can then say so instead of waiting.
	worker.addEventListener('error', (event) => failAll(`recherche indisponible : ${event.message}`));
	worker.postMessage({ type: 'index', entries });

	return {
		search(query) {
			nextId += 1;
			const id = nextId;
			return new Promise<SearchHit[]>((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				worker.postMessage({ type: 'search', id, query });
			});
		},
		dispose() {
			worker.terminate();
			failAll('recherche arrêtée');
		}
	};
}
