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

export const fetchOrientationData = () => fetchDataFile<OrientationData>(ORIENTATION_DATA_PATH);
