/**
 * The commune corpus of `npm run bench`: the 34 969 current communes, looked up by what an elected official
 * types (no accents, typos, « St » for « Saint », a name half typed), by the project's lookup, MiniSearch and
 * fuse.js on the same queries; then the shard sizes the field downloads.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { lookupCommunes, normaliseName, prepareIndex, SUGGESTION_LIMIT } from '../../src/lib/communes/lookup';
import type { CommuneIndexRow } from '../../src/lib/communes/types';
import { communeIndexRows } from '../../src/lib/server/territoires/index-shards';
import { loadTerritoires } from '../../src/lib/server/territoires/load';
import { seededRandom, unaccent, type BenchQuery } from './corpus';
import type { BuiltEngine } from './engines';

export interface CommuneEngine {
	name: string;
	description: string;
	build(rows: CommuneIndexRow[]): BuiltEngine;
}

export const projectLookup: CommuneEngine = {
	name: 'project lookup',
	description: 'src/lib/communes/lookup: names normalised once, bounded edit distance to each name of the shard',
	build(rows) {
		const index = prepareIndex(rows);
		return { search: (query) => lookupCommunes(index, query).map((row) => row[0]) };
	}
};

export const miniSearchCommunes: CommuneEngine = {
	name: 'MiniSearch',
	description: 'MiniSearch 7 over the names: prefix, fuzzy 0.2, accents and ligatures folded',
	build(rows) {
		const index = new MiniSearch<{ id: string; nom: string }>({
			fields: ['nom'],
			storeFields: [],
			processTerm: (term) => unaccent(term),
			searchOptions: { prefix: true, fuzzy: 0.2 }
		});
		index.addAll(rows.map((row) => ({ id: row[0], nom: row[1] })));
		return {
			search: (query) =>
				index
					.search(query)
					.slice(0, SUGGESTION_LIMIT)
					.map((result) => String(result.id))
		};
	}
};

export const fuseCommunes: CommuneEngine = {
	name: 'fuse.js defaults',
	description: "new Fuse(communes, { keys: ['nom'] }), every other option left at its default",
	build(rows) {
		const fuse = new Fuse(
			rows.map((row) => ({ code: row[0], nom: row[1] })),
			{ keys: ['nom'] }
		);
		return { search: (query) => fuse.search(query, { limit: SUGGESTION_LIMIT }).map((result) => result.item.code) };
	}
};

/** The three queries, then names from the whole list typed as people do; homonyms all count as found. */
export function communeQueries(rows: readonly CommuneIndexRow[], count = 300, seed = 13): BenchQuery[] {
	const byName = new Map<string, string[]>();
	for (const row of rows) byName.set(normaliseName(row[1]), [...(byName.get(normaliseName(row[1])) ?? []), row[0]]);
	const expected = (nom: string) => byName.get(normaliseName(nom)) ?? [];
	const codeOf = (nom: string, departement: string) =>
		rows.filter((row) => row[1] === nom && row[2] === departement).map((row) => row[0]);
	const queries: BenchQuery[] = [
		{ text: 'Neveres', kind: 'hand-written', expectedIds: codeOf('Nevers', '58') },
		{ text: 'st etienne', kind: 'hand-written', expectedIds: codeOf('Saint-Étienne', '42') },
		{ text: 'chateau chinon', kind: 'hand-written', expectedIds: codeOf('Château-Chinon (Ville)', '58') }
	];
	const random = seededRandom(seed);
	const step = Math.max(1, Math.floor(rows.length / count));
	for (let index = 0; index < rows.length && queries.length < count + 3; index += step) {
		const nom = rows[index][1];
		const plain = unaccent(nom).replace(/[-']/g, ' ');
		const kind = (['unaccented', 'typo', 'half-typed', 'multi-word'] as const)[queries.length % 4];
		// Typos fall after the first two letters: the index is split by them, so a typo there is not found (by design).
		const at = 2 + Math.floor(random() * Math.max(1, plain.length - 3));
		const text =
			kind === 'typo' && plain.length >= 6
				? plain.slice(0, at) + plain.slice(at + 1)
				: kind === 'half-typed'
					? plain.slice(0, Math.max(3, Math.ceil(plain.length * 0.6)))
					: kind === 'multi-word'
						? plain.replace(/^saint /, 'st ').replace(/^sainte /, 'ste ')
						: plain;
		queries.push({ text, kind, expectedIds: expected(nom) });
	}
	return queries;
}

export function communeCorpus() {
	const rows = communeIndexRows(loadTerritoires().communes);
	return { rows, queries: communeQueries(rows) };
}

/** The sizes a reader downloads: the largest shard (the worst first suggestions) and the whole index. */
export function shardSizes(buildDir = 'build'): string {
	const dir = join(buildDir, 'donnees/communes/recherche');
	if (!existsSync(dir)) return 'build/ absent: run `npm run build` first to measure the shards.';
	const gz = (path: string) => gzipSync(readFileSync(path)).length;
	const shards = readdirSync(dir).map((file) => ({ file, bytes: gz(join(dir, file)) }));
	const names = gz(join(buildDir, 'donnees/communes/departements.json'));
	const largest = shards.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const total = shards.reduce((sum, shard) => sum + shard.bytes, 0);
	return (
		`${shards.length} shards, ${kb(total)} gzipped in all (names with codes, départements and populations; ` +
		`names with an article are in two shards). First suggestions need one shard plus the département names ` +
		`(${kb(names)}): at most ${kb(largest.bytes + names)} (« ${largest.file} », target ≤ 60 KB).`
	);
}
