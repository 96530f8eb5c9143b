// Where the matrix comes from: counts of links and sources by kind, and its « à jour au » date. Browser-safe.
import type { Topic } from '../types';
import { isOfficial, SOURCE_KINDS, sourceKind, type SourceHostTable, type SourceKind } from './sources';

export interface Provenance {
	links: number;
	/** Links with at least one source on the operator's own site or another State site. */
	officialLinks: number;
	sources: number;
	/** Sources by the kind of their host, every kind listed even at zero. */
	sourcesByKind: Record<SourceKind, number>;
	distinctUrls: number;
	/** Latest checked-on date across all sources: the dataset's « à jour au ». */
	lastChecked: string;
}

export function provenance(topics: readonly Topic[], hosts: SourceHostTable): Provenance {
	const urls = new Set<string>();
	const sourcesByKind = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
	let sources = 0;
	let links = 0;
	let officialLinks = 0;
	let lastChecked = '';
	for (const topic of topics) {
		for (const link of topic.operators) {
			links += 1;
			let official = false;
			for (const source of link.sources) {
				const kind = sourceKind(source.url, hosts);
				sourcesByKind[kind] += 1;
				official ||= isOfficial(kind);
				sources += 1;
				urls.add(source.url);
				if (source.checkedOn > lastChecked) lastChecked = source.checkedOn;
			}
			if (official) officialLinks += 1;
		}
	}
	return { links, officialLinks, sources, sourcesByKind, distinctUrls: urls.size, lastChecked };
}
