import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/bench/corpus';
import { buildSearchIndex, searchTopics, toSearchEntries, type SearchHit } from '../../src/lib/search';
import { createLatestQuery } from '../../src/lib/search/latest-query';
import { createResponder, type WorkerRequest, type WorkerResponse } from '../../src/lib/search/search.worker';
import { createWorkerSearch, shouldSearchInWorker, WORKER_THRESHOLD, type SearchWorkerPort } from '../../src/lib/search/worker-search';

/** A worker stand-in: answers each message on a later task, in order, like a real dedicated worker. */
function fakeWorker() {
	const respond = createResponder();
	const listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
	const searched: string[] = [];
	let terminated = false;
	const port: SearchWorkerPort = {
		postMessage(message: WorkerRequest) {
			if (message.type === 'search') searched.push(message.query);
			setTimeout(() => {
				if (terminated) return;
				const data = respond(message);
				for (const listener of listeners) listener({ data } as MessageEvent<WorkerResponse>);
			}, 0);
		},
		addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
			if (type === 'message') listeners.push(listener as (event: MessageEvent<WorkerResponse>) => void);
		},
		terminate() {
			terminated = true;
		}
	};
	return { port, searched };
}

const entries = toSearchEntries(syntheticDataset(300));
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

describe('the search in a worker', () => {
	it('answers with the same hits as the search on the main thread', async () => {
		const { port } = fakeWorker();
		const worker = createWorkerSearch(entries, port);
		const index = buildSearchIndex(entries);
		for (const query of ['voirie creuse', 'renovaton energetique', 'frich']) {
			expect(searchTopics(index, query).length).toBeGreaterThan(0);
			expect(ids(await worker.search(query, new AbortController().signal))).toEqual(ids(searchTopics(index, query)));
		}
	});

	it('behind createLatestQuery, a burst of keystrokes costs two searches and shows the last query', async () => {
		const { port, searched } = fakeWorker();
		const worker = createWorkerSearch(entries, port);
		const shown: string[] = [];
		const done = new Promise<void>((resolve) => {
			const latest = createLatestQuery({
				search: worker.search,
				deliver: (_hits: SearchHit[], query: string) => {
					shown.push(query);
					resolve();
				}
			});
			for (const query of ['v', 'vo', 'voi', 'voir', 'voiri', 'voirie']) latest.run(query);
		});
		await done;
		expect(searched).toEqual(['v', 'voirie']);
		expect(shown).toEqual(['voirie']);
	});

	it('fails the searches still waiting when disposed, rather than leaving them pending', async () => {
		const { port } = fakeWorker();
		const worker = createWorkerSearch(entries, port);
		const pending = worker.search('pont', new AbortController().signal);
		worker.dispose();
		await expect(pending).rejects.toThrow('recherche arrêtée');
	});

	it('is only worth it above the threshold: the real 80 topics stay on the main thread', () => {
		expect(shouldSearchInWorker(80)).toBe(false);
		expect(shouldSearchInWorker(WORKER_THRESHOLD + 1)).toBe(true);
	});
});
