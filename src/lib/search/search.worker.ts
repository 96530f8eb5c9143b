/**
 * The project's search in a Web Worker, for corpora large enough that one search would freeze typing
 * (see WORKER_THRESHOLD in worker-search.ts). Receives the entries once, then answers queries in order.
 */
import { buildSearchIndex } from './build';
import { searchTopics } from './search';
import type { SearchEntry, SearchHit, SearchIndex } from './types';

export type WorkerRequest =
	| { type: 'index'; entries: SearchEntry[] }
	| { type: 'search'; id: number; query: string; limit?: number };

export type WorkerResponse =
	| { type: 'indexed'; count: number }
	| { type: 'hits'; id: number; hits: SearchHit[] }
	| { type: 'error'; id: number; message: string };

/** The worker's state machine, kept apart from `self` so Node tests can drive it. */
export function createResponder(): (request: WorkerRequest) => WorkerResponse {
	let index: SearchIndex | undefined;
	return (request) => {
		if (request.type === 'index') {
			index = buildSearchIndex(request.entries);
			return { type: 'indexed', count: request.entries.length };
		}
		if (!index) return { type: 'error', id: request.id, message: 'index absent : envoyer les entrées avant de chercher' };
		return { type: 'hits', id: request.id, hits: searchTopics(index, request.query, request.limit) };
	};
}

/** The part of a dedicated worker's global scope used here (the DOM typings describe `self` as a window). */
interface WorkerScope {
	addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
	postMessage(message: WorkerResponse): void;
}

// Importing this module outside a worker (tests) only exposes createResponder.
if (typeof self !== 'undefined' && typeof window === 'undefined') {
	const scope = self as unknown as WorkerScope;
	const respond = createResponder();
	scope.addEventListener('message', (event) => scope.postMessage(respond(event.data)));
}
