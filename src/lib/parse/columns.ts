import { normaliseLabel } from './aliases';
import type { Box, Grid } from './grid';

/** A header word's text and horizontal centre. */
interface HeaderWord {
	text: string;
	centre: number;
	width: number;
}

const centre = (b: Box) => (b[0] + b[1]) / 2;

/**
 * Header words stacked at one x, joined top to bottom: a column header printed one character per
 * line (自/然/人), wrapped (社会/公益/组织) or spread over two pages reads as one text.
 */
function headerStacks(grid: Grid, boxes: readonly (readonly Box[])[], from: number, to: number) {
	const words: HeaderWord[] = [];
	for (let r = from; r < to; r++)
		(grid[r] ?? []).forEach((text, i) => {
			const box = boxes[r]?.[i];
			if (box)
				words.push({ text: normaliseLabel(text), centre: centre(box), width: box[1] - box[0] });
		});
	const stacks: { centre: number; text: string; width: number }[] = [];
	for (const w of words) {
		const tolerance = Math.max(3, Math.min(w.width, 12) * 0.4);
		const stack = stacks.find((s) => Math.abs(s.centre - w.centre) <= tolerance);
		if (stack) {
			stack.text += w.text;
			stack.width = Math.max(stack.width, w.width);
		} else stacks.push({ centre: w.centre, text: w.text, width: w.width });
	}
	return stacks.sort((a, b) => a.centre - b.centre);
}

/**
 * The x-centres of a table's columns, from its header rows [from, to): stacks matched to the
 * column names in left-to-right order (a name may repeat, as in table 4). Null unless every
 * column is found.
 */
export function headerColumns(
	grid: Grid,
	boxes: readonly (readonly Box[])[] | undefined,
	from: number,
	to: number,
	names: readonly RegExp[]
): number[] | null {
	if (!boxes) return null;
	const centres: number[] = [];
	for (const stack of headerStacks(grid, boxes, from, to)) {
		const name = names[centres.length];
		if (name && name.test(stack.text)) centres.push(stack.centre);
	}
	return centres.length === names.length ? centres : null;
}

/**
 * Places cells into columns by the nearest column centre. Null when a cell lies nowhere near a
 * column or two cells claim the same column: then order, not geometry, has to decide.
 */
export function placeByColumns<T>(
	cells: readonly T[],
	boxes: readonly Box[] | undefined,
	centres: readonly number[]
): (T | undefined)[] | null {
	if (!boxes || boxes.length !== cells.length || centres.length < 2) return null;
	const pitch = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
	const out: (T | undefined)[] = centres.map(() => undefined);
	for (let i = 0; i < cells.length; i++) {
		const x = centre(boxes[i]!);
		let best = 0;
		centres.forEach((c, j) => {
			if (Math.abs(c - x) < Math.abs(centres[best]! - x)) best = j;
		});
		if (Math.abs(centres[best]! - x) > pitch * 0.6 || out[best] !== undefined) return null;
		out[best] = cells[i];
	}
	return out;
}
