// Where the matrix comes from: counts of links and sources, and its « à jour au » date. Browser-safe.
import type { Topic } from '../types';

export interface Provenance {
	links: number;
	sources: number;
	distinctUrls: number;
	/** Latest checked-on date across all sources: the dataset's « à jour au ». */
	lastChecked: string;
}

export function provenance(topics: readonly Topic[]): Provenance {
	const urls = new Set<string>();
	let sources = 0;
	let links = 0;
	let lastChecked = '';
	for (const topic of topics) {
		for (const link of topic.operators) {
			links += 1;
			for (const source of link.sources) {
				sources += 1;
				urls.add(source.url);
				if (source.checkedOn > lastChecked) lastChecked = source.checkedOn;
			}
		}
	}
	return { links, sources, distinctUrls: urls.size, lastChecked };
}
