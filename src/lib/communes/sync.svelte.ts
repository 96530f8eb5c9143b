// Communes: keeps the chosen commune in step with the address and the device's memory. Browser-only effects.
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { COMMUNE_PARAM, rememberCommune, storedCommune, type ChosenCommune } from './chosen.svelte';
import { isInseeCode } from './departement';

/** The address after a choice: `commune=58194` set or removed, every other parameter kept. */
export function urlWithCommune(url: URL, code: string | null): URL {
	// A new address handed to goto, not state to render.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const next = new URL(url);
	if (code) next.searchParams.set(COMMUNE_PARAM, code);
	else next.searchParams.delete(COMMUNE_PARAM);
	return next;
}

/**
 * Reads the address once the page runs in the browser (prerendering has no query string): its `commune`
 * wins; without one, the remembered commune is put back in the address so the page can be shared as seen.
 */
export function syncChosenCommune(chosen: ChosenCommune): void {
	$effect(() => {
		const fromUrl = page.url.searchParams.get(COMMUNE_PARAM);
		if (fromUrl && isInseeCode(fromUrl)) {
			rememberCommune(fromUrl);
			void chosen.choose(fromUrl);
			return;
		}
		if (fromUrl) return; // Text typed without JavaScript: the field shows it and proposes communes.
		const stored = storedCommune();
		if (stored) void goto(urlWithCommune(page.url, stored), { replaceState: true, noScroll: true, keepFocus: true });
		else void chosen.choose(null);
	});
}

/** A choice made in the field: remembered, then written to the address, which the effect above loads. */
export async function chooseCommune(code: string | null): Promise<void> {
	rememberCommune(code);
	await goto(urlWithCommune(page.url, code), { replaceState: true, noScroll: true, keepFocus: true });
}
