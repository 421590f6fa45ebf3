import { normaliseLabel } from './aliases';
import type { Box, Grid } from './grid';
import { parseCell } from './numbers';
import type { VerticalRule } from './ruling-lines';

interface Stack {
	x0: number;
	x1: number;
	words: { text: string; y: number; x0: number }[];
}

const overlap = (a: { x0: number; x1: number }, b: Box) =>
	Math.min(a.x1, b[1]) - Math.max(a.x0, b[0]);

/**
 * Header words stacked in one column, joined top to bottom: a column header printed one
 * character per line (自/然/人), wrapped (社会/公益/组织), aligned left, right or centred, or spread
 * over two pages reads as one text. Narrow words found the columns; a word spanning several
 * columns (法人或其他组织, 申请人情况) is a group header and joins none of them.
 */
function headerStacks(grid: Grid, boxes: readonly (readonly Box[])[], from: number, to: number) {
	const words: { text: string; box: Box }[] = [];
	for (let r = from; r < to; r++)
		(grid[r] ?? []).forEach((text, i) => {
			const box = boxes[r]?.[i];
			if (box && !parseCell(text)) words.push({ text: normaliseLabel(text), box });
		});
	words.sort((a, b) => a.box[1] - a.box[0] - (b.box[1] - b.box[0]));
	const stacks: Stack[] = [];
	for (const w of words) {
		const width = w.box[1] - w.box[0];
		const hits = stacks.filter((s) => overlap(s, w.box) > Math.min(width, s.x1 - s.x0) * 0.3);
		const word = { text: w.text, y: w.box[2], x0: w.box[0] };
		if (hits.length === 0) stacks.push({ x0: w.box[0], x1: w.box[1], words: [word] });
		else if (hits.length === 1) {
			const s = hits[0]!;
			s.words.push(word);
			[s.x0, s.x1] = [Math.min(s.x0, w.box[0]), Math.max(s.x1, w.box[1])];
		}
	}
	return stacks
		.map((s) => ({
			x0: s.x0,
			x1: s.x1,
			text: s.words
				.sort((a, b) => a.y - b.y || a.x0 - b.x0)
				.map((w) => w.text)
				.join('')
		}))
		.sort((a, b) => a.x0 + a.x1 - b.x0 - b.x1);
}

/** A column: its header's horizontal extent. */
export type Column = readonly [x0: number, x1: number];

/**
 * A table's columns from its header rows [from, to): stacks matched to the column names in
 * left-to-right order (a name may repeat, as in table 4). Null unless every column is found.
 */
export function headerColumns(
	grid: Grid,
	boxes: readonly (readonly Box[])[] | undefined,
	from: number,
	to: number,
	names: readonly RegExp[]
): Column[] | null {
	if (!boxes) return null;
	const columns: Column[] = [];
	for (const stack of headerStacks(grid, boxes, from, to)) {
		const name = names[columns.length];
		if (name && name.test(stack.text)) columns.push([stack.x0, stack.x1]);
	}
	return columns.length === names.length ? columns : null;
}

/** Lines this close in x are one line (drawn per row, or by two cells' borders). */
const SAME_X = 2;

/**
 * A table's value columns from its vertical ruling lines, for when its header text cannot be read
 * (drawn as an image, set in a font without a text map, garbled, split): the lines crossing at
 * least half of the value rows (their baselines `ys`) bound the cells, and the right-most `n`
 * cells are the value columns (every table of the form prints its labels left of its values).
 * Null when fewer than n + 1 lines cross the rows.
 */
export function ruledColumns(
	rules: readonly VerticalRule[] | undefined,
	ys: readonly number[],
	n: number
): Column[] | null {
	if (!rules?.length || !ys.length || n < 1) return null;
	const lines: { x: number; rows: Set<number> }[] = [];
	for (const rule of rules) {
		const rows = ys.flatMap((y, i) => (rule.top - 1 <= y && y <= rule.bottom + 1 ? [i] : []));
		if (!rows.length) continue;
		let line = lines.find((l) => Math.abs(l.x - rule.x) <= SAME_X);
		if (!line) lines.push((line = { x: rule.x, rows: new Set() }));
		for (const i of rows) line.rows.add(i);
	}
	const xs = lines
		.filter((l) => l.rows.size >= ys.length / 2)
		.map((l) => l.x)
		.sort((a, b) => a - b);
	if (xs.length < n + 1) return null;
	const edges = xs.slice(-(n + 1));
	return edges.slice(0, -1).map((x, i) => [x, edges[i + 1]!] as const);
}

/** How far a cell's centre lies outside a column's header (0 when under it). */
const distance = (column: Column, x: number) => Math.max(0, column[0] - x, x - column[1]);

/**
 * Places cells into columns: under the header whose extent holds the cell's centre, else the
 * nearest. Null when a cell lies nowhere near a column or two cells claim the same column: then
 * order, not geometry, has to decide.
 */
export function placeByColumns<T>(
	cells: readonly T[],
	boxes: readonly Box[] | undefined,
	columns: readonly Column[]
): (T | undefined)[] | null {
	if (!boxes || boxes.length !== cells.length || columns.length < 1) return null;
	const centres = columns.map((c) => (c[0] + c[1]) / 2);
	const pitch =
		columns.length > 1
			? Math.min(...centres.slice(1).map((c, i) => c - centres[i]!))
			: columns[0]![1] - columns[0]![0];
	const out: (T | undefined)[] = columns.map(() => undefined);
	for (let i = 0; i < cells.length; i++) {
		const x = (boxes[i]![0] + boxes[i]![1]) / 2;
		let best = 0;
		columns.forEach((c, j) => {
			if (distance(c, x) < distance(columns[best]!, x)) best = j;
		});
		if (distance(columns[best]!, x) > pitch * 0.5 || out[best] !== undefined) return null;
		out[best] = cells[i];
	}
	return out;
}
