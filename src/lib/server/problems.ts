// Problem lists: the first ones kept, the rest only counted, so a hostile file cannot exhaust memory. Node only.
export const MAX_PROBLEMS = 200;

export class ProblemList<T> {
	readonly items: T[] = [];
	/** Problems found beyond the limit: counted, not kept. */
	more = 0;

	constructor(readonly limit = MAX_PROBLEMS) {}

	push(problem: T): void {
		if (this.items.length < this.limit) this.items.push(problem);
		else this.more += 1;
	}

	/** True once new problems are only counted: callers can skip the work of describing them. */
	get full(): boolean {
		return this.items.length >= this.limit;
	}

	get length(): number {
		return this.items.length + this.more;
	}
}

/** The line that ends a truncated list: « … et 12 345 autres problèmes, non affichés ». */
export function moreProblemsLine(more: number): string {
	const count = new Intl.NumberFormat('fr-FR').format(more);
	return `… et ${count} ${more === 1 ? 'autre problème, non affiché' : 'autres problèmes, non affichés'} : corrigez d’abord ceux-ci, puis relancez`;
}
