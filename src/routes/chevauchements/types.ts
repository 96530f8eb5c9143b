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
