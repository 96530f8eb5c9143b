// What the note is computed with once there is a request: the search engine and the note's rules. The page imports
// this with the note's data, so the form alone does not load fuse.js and the vocabulary (about 20 KB of script,
// and 80 ms of a slow phone's main thread while the page starts; Chromium at 4× CPU). Browser-safe.
export { buildSearchIndex } from '../search';
export { noteTopics, orientationNoteText, orientNeeds } from './note';
