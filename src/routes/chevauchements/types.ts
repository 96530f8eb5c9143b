import type { OperatorId } from '$lib/operators';

/** What the overlap page shows of an operator or a theme: ids and labels only, to keep the page's data lean. */
export interface OperatorLabel {
	id: OperatorId;
	shortName: string;
	name: string;
}

export interface ThemeLabel {
	id: string;
	label: string;
}

/** Operators a Senate recommendation names together, with the topics all of them share. */
export interface SharedGroup {
	operators: OperatorId[];
	/** The id of its table on the page, which /recommandations links to. */
	anchor: string;
	topics: string[];
}
