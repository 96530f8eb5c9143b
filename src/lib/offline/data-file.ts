// Fetching a prerendered data file a page needs only once the reader asks (the search index, the note's data).
// Browser-safe; offline, the service worker answers with the stored copy, or the fetch fails and the page says so.
export async function fetchDataFile<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path} : ${response.status}`);
	return response.json() as Promise<T>;
}
