// Glossary: finds the sigles of a text and marks each one's first use on a page. Pure and browser-safe.

/** What the pages need of a glossary entry: its spellings and its expansion (the definitions stay on /glossaire). */
export interface Abbreviation {
	term: string;
	forms?: string[];
	expansion: string;
}

export interface AbbrSegment {
	text: string;
	/** The expansion, on a sigle's first use on the page. */
	title?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sigles of a page and those already explained on it. A text asks `mark` for its segments: a sigle is explained
 * the first time a text uses it; the same text (its owner) keeps the explanation when it is computed again.
 */
export class AbbreviationScope {
	readonly #pattern: RegExp | undefined;
	readonly #byForm = new Map<string, Abbreviation>();
	readonly #owners = new Map<string, symbol>();

	constructor(abbreviations: readonly Abbreviation[]) {
		for (const abbreviation of abbreviations)
			for (const form of [abbreviation.term, ...(abbreviation.forms ?? [])]) this.#byForm.set(form, abbreviation);
		// Longest first, so « DDTM » wins over « DDT »; whole words only, « OPAH » is found in « OPAH-RU ».
		const forms = [...this.#byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
		this.#pattern =
			forms.length > 0 ? new RegExp(`(?<![\\p{L}\\d])(?:${forms.join('|')})(?![\\p{L}\\d])`, 'gu') : undefined;
	}

	mark(text: string, owner: symbol): AbbrSegment[] {
		if (!this.#pattern) return [{ text }];
		const segments: AbbrSegment[] = [];
		const done = new Set<string>();
		let last = 0;
		for (const match of text.matchAll(this.#pattern)) {
			const abbreviation = this.#byForm.get(match[0]);
			if (!abbreviation || done.has(abbreviation.term)) continue;
			const claimedBy = this.#owners.get(abbreviation.term);
			if (claimedBy && claimedBy !== owner) continue;
			this.#owners.set(abbreviation.term, owner);
			done.add(abbreviation.term);
			if (match.index > last) segments.push({ text: text.slice(last, match.index) });
			segments.push({ text: match[0], title: abbreviation.expansion });
			last = match.index + match[0].length;
		}
		if (last < text.length) segments.push({ text: text.slice(last) });
		return segments;
	}
}
