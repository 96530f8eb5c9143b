// Territoires: the commune index split into shards by the first two folded letters, fetched as the field is used. Node only.
import { nameKeys, shardKey } from '../../communes/lookup';
import type { Commune, CommuneIndexRow } from '../../communes/types';

export const communeIndexRows = (communes: readonly Commune[]): CommuneIndexRow[] =>
	communes.map((commune) => [commune.code, commune.nom, commune.departement, commune.population ?? 0]);

/** Shard key → rows; a name with an article is in its own shard and in the shard of the word after it. */
export function indexShards(communes: readonly Commune[]): Map<string, CommuneIndexRow[]> {
	const shards = new Map<string, CommuneIndexRow[]>();
	for (const row of communeIndexRows(communes)) {
		for (const key of new Set(nameKeys(row[1]).map(shardKey))) {
			if (key.length === 0) continue;
			shards.set(key, [...(shards.get(key) ?? []), row]);
		}
	}
	return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}
