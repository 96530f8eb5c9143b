// The operator cells of one /matrice row as HTML, which MatrixTable.svelte inserts as markup.
// Browser-safe.
//
// Why a string and not Svelte markup: the 80 rows × 6 operator cells never change once rendered, and hydrating their
// 200 marks as components took 40 % of the page's script time on a slow phone (Chromium at 4× CPU: 1.2 s → 0.7 s in
// all; Lighthouse's blocking time 285 → 170 ms). Svelte hydrates inserted markup by adopting the prerendered nodes as
// they are; server and browser build the same string from the same row, so the two always agree.
import type { OperatorId } from '../operators';
import type { MatrixRow } from './model';

export interface MatrixColumn {
	id: OperatorId;
	shortName: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Tooltips open towards the inside of the table so the scroll region does not clip them. */
function tipAlign(index: number, columns: number): 'start' | 'center' | 'end' {
	if (index === 0) return 'start';
	return index >= columns - 2 ? 'end' : 'center';
}

/** A competence mark: a link to the operator's part of the topic page, named « Opérateur : offre ». */
function markHtml(row: MatrixRow, column: MatrixColumn, summary: string, align: string): string {
	const name = escapeHtml(column.shortName);
	const offer = escapeHtml(summary);
	return (
		`<a class="matrix-mark" data-operator="${column.id}" href="/sujets/${escapeHtml(row.id)}#operateur-${column.id}">` +
		'<span class="matrix-mark__dot" aria-hidden="true">●</span>' +
		`<span class="visually-hidden">${name} : ${offer}</span>` +
		`<span class="matrix-mark__tip matrix-mark__tip--${align}" aria-hidden="true" data-offer><strong>${name}</strong> : ${offer}</span>` +
		'</a>'
	);
}

/** One cell per operator, in the columns' order: a mark where the operator is competent, else empty. */
export function operatorCellsHtml(row: MatrixRow, columns: readonly MatrixColumn[]): string {
	return columns
		.map((column, index) => {
			const summary = row.summaries[column.id];
			const mark = summary ? markHtml(row, column, summary, tipAlign(index, columns.length)) : '';
			return `<td class="matrix-table__cell">${mark}</td>`;
		})
		.join('');
}
