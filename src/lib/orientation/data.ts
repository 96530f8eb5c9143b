// What the orientation note is made from, and how the page fetches it once there is a request. Browser-safe.
import { fetchDataFile } from '../offline/data-file';
import type { SearchEntry } from '../search/types';
import type { Operator } from '../types';
import type { NoteTopicSource } from './note';

/** Prerendered by src/routes/donnees/orientation.json; the service worker keeps it once fetched. */
export const ORIENTATION_DATA_PATH = '/donnees/orientation.json';

/** Full links (offers, programmes, sources, entry points): unlike the home page's index, the note prints them. */
export interface OrientationData {
	entries: SearchEntry[];
	operators: Operator[];
	/** Each topic's operators by role, the pilot first, as on the topic page; texts typeset for display. */
	topics: NoteTopicSource[];
}

const fetchOrientationData = () => fetchDataFile<OrientationData>(ORIENTATION_DATA_PATH);

/** The note's data and the code that computes the note, fetched together once there is a request. */
export async function loadOrientation() {
	const [data, engine] = await Promise.all([fetchOrientationData(), import('./engine')]);
	return { data, engine };
}

export type LoadedOrientation = Awaited<ReturnType<typeof loadOrientation>>;
