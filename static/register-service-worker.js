// Registers the offline worker (src/service-worker.ts) from every page, those that ship no other script included:
// SvelteKit registers it only from the pages it hydrates, so a first visit to a report or an operator's page left
// the site without its offline copy. A file rather than an inline script: the CSP allows it without a hash.
if ('serviceWorker' in navigator) {
	addEventListener('load', () => navigator.serviceWorker.register('/service-worker.js'));
}
