import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLatestQuery } from '../../src/lib/search/latest-query';

/** A search whose every call waits until the test settles it, in whatever order the test chooses. */
function controlledSearch() {
	const calls: {
		query: string;
		signal: AbortSignal;
		resolve: (result: string) => void;
		reject: (error: unknown) => void;
	}[] = [];
	const search = (query: string, signal: AbortSignal) =>
		new Promise<string>((resolve, reject) => calls.push({ query, signal, resolve, reject }));
	return { calls, search };
}

/** Lets every pending promise callback run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup() {
	const { calls, search } = controlledSearch();
	const delivered: string[] = [];
	const failed: string[] = [];
	const latest = createLatestQuery<string, string>({
		search,
		deliver: (result) => delivered.push(result),
		fail: (_error, query) => failed.push(query)
	});
	return { calls, delivered, failed, latest };
}

describe('createLatestQuery', () => {
	it('starts the search at once when idle and delivers its result', async () => {
		const { calls, delivered, latest } = setup();
		latest.run('friche');
		expect(calls.map((call) => call.query)).toEqual(['friche']);
		expect(latest.busy).toBe(true);
		calls[0].resolve('résultats friche');
		await flush();
		expect(delivered).toEqual(['résultats friche']);
		expect(latest.busy).toBe(false);
	});

	it('drops a superseded result and searches only the newest of the queries typed meanwhile', async () => {
		const { calls, delivered, latest } = setup();
		latest.run('f');
		latest.run('fr');
		latest.run('fri');
		latest.run('friche');
		// One search in flight; the keystrokes typed during it collapse into the newest query.
		expect(calls.map((call) => call.query)).toEqual(['f']);
		expect(calls[0].signal.aborted).toBe(true);
		calls[0].resolve('résultats f');
		await flush();
		expect(calls.map((call) => call.query)).toEqual(['f', 'friche']);
		expect(delivered).toEqual([]);
		calls[1].resolve('résultats friche');
		await flush();
		expect(delivered).toEqual(['résultats friche']);
	});

	it('reports the failure of the latest query, never that of a superseded one', async () => {
		const { calls, delivered, failed, latest } = setup();
		latest.run('eau');
		latest.run('eau potable');
		calls[0].reject(new DOMException('superseded', 'AbortError'));
		await flush();
		calls[1].reject(new Error('worker crashed'));
		await flush();
		expect(failed).toEqual(['eau potable']);
		expect(delivered).toEqual([]);
	});

	it('recovers after a failure: the next query is searched and delivered', async () => {
		const { calls, delivered, failed, latest } = setup();
		latest.run('ecole');
		calls[0].reject(new Error('boom'));
		await flush();
		latest.run('ecoles');
		calls[1].resolve('résultats ecoles');
		await flush();
		expect(failed).toEqual(['ecole']);
		expect(delivered).toEqual(['résultats ecoles']);
	});

	it('treats a search that throws synchronously as a failure of that query', async () => {
		const delivered: number[] = [];
		const failed: string[] = [];
		const latest = createLatestQuery<string, number>({
			search: () => {
				throw new Error('index absent');
			},
			deliver: (result) => delivered.push(result),
			fail: (_error, query) => failed.push(query)
		});
		latest.run('voirie');
		await flush();
		expect(failed).toEqual(['voirie']);
		expect(latest.busy).toBe(false);
	});

	it('cancel drops the running and the waiting query', async () => {
		const { calls, delivered, latest } = setup();
		latest.run('pont');
		latest.run('ponts');
		latest.cancel();
		expect(calls[0].signal.aborted).toBe(true);
		calls[0].resolve('résultats pont');
		await flush();
		expect(calls).toHaveLength(1);
		expect(delivered).toEqual([]);
		expect(latest.busy).toBe(false);
	});

	it('whatever the order results arrive in, delivers only the query that was latest, and ends on the last one', async () => {
		// A scenario: queries typed and searches settled in any interleaving, settled out of order.
		const step = fc.oneof(
			fc.record({ type: fc.constant('type' as const), text: fc.string({ minLength: 1, maxLength: 4 }) }),
			fc.record({ type: fc.constant('settle' as const), pick: fc.nat(), ok: fc.boolean() })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
				const { calls, search } = controlledSearch();
				const delivered: { result: string; latestAtDelivery: string }[] = [];
				let latestTyped: string | undefined;
				const latest = createLatestQuery<string, string>({
					search,
					deliver: (result) => delivered.push({ result, latestAtDelivery: latestTyped ?? '' }),
					fail: () => undefined
				});
				const open = () => calls.filter((call) => !('settled' in call));
				const settle = (call: (typeof calls)[number], ok: boolean) => {
					Object.assign(call, { settled: true, ok });
					if (ok) call.resolve(`r:${call.query}`);
					else call.reject(new Error('échec'));
				};
				for (const current of steps) {
					if (current.type === 'type') {
						latestTyped = current.text;
						latest.run(current.text);
					} else {
						const pending = open();
						if (pending.length > 0) settle(pending[current.pick % pending.length], current.ok);
					}
					await flush();
					expect(open().length).toBeLessThanOrEqual(1);
				}
				// Let everything still waiting finish successfully.
				for (let pending = open(); pending.length > 0; pending = open()) {
					settle(pending[0], true);
					await flush();
				}
				for (const { result, latestAtDelivery } of delivered) expect(result).toBe(`r:${latestAtDelivery}`);
				// The last search started is the latest query's; it is delivered unless that search failed.
				const last = calls.at(-1) as ((typeof calls)[number] & { ok?: boolean }) | undefined;
				if (latestTyped !== undefined) expect(last?.query).toBe(latestTyped);
				if (last?.ok) expect(delivered.at(-1)?.result).toBe(`r:${latestTyped}`);
			}),
			{ numRuns: 150 }
		);
		// 150 scenarios of up to 25 macrotask flushes: ~2 s alone, far more on a loaded CI machine.
	}, 60_000);
});
