// Glossary: the page's abbreviation scope, shared with every text of the page through Svelte's context. Browser-safe.
import { getContext, setContext } from 'svelte';
import { AbbreviationScope, type Abbreviation } from './abbreviations';

const KEY = Symbol('abbreviations');

/** Called once per page (the layout remounts it on each new path), so each page explains its sigles afresh. */
export function setAbbreviations(abbreviations: readonly Abbreviation[]): AbbreviationScope {
	return setContext(KEY, new AbbreviationScope(abbreviations));
}

/** The page's scope, or undefined outside a page (a component rendered alone in a test). */
export function getAbbreviations(): AbbreviationScope | undefined {
	return getContext<AbbreviationScope | undefined>(KEY);
}
