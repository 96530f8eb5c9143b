/** A piece of text, marked when the search matched it: rendered as <mark> from data, never as HTML. */
export interface Segment {
	text: string;
	marked: boolean;
}

/** Cuts `text` into plain and marked segments; ranges may overlap or come unsorted. */
export function highlightSegments(text: string, ranges: readonly [number, number][] = []): Segment[] {
	const sorted = ranges
		.map(([start, end]): [number, number] => [Math.max(0, start), Math.min(text.length, end)])
		.filter(([start, end]) => end > start)
		.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let cursor = 0;
	for (const [start, end] of sorted) {
		if (end <= cursor) continue;
		const from = Math.max(start, cursor);
		if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
		segments.push({ text: text.slice(from, end), marked: true });
		cursor = end;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
	return segments;
}
