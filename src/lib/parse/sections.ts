import { normaliseLabel, SECTION_ALIASES, lastMatch, type Alias } from './aliases';
import type { Grid } from './grid';

export type Range = [from: number, to: number];
export interface Sections {
	t2: Range | null;
	t3: Range | null;
	t4: Range | null;
}

const normalised = new WeakMap<Grid, string[]>();

/** Row r's text without spaces (normalised once per grid: headings are searched many times). */
function rowText(grid: Grid, r: number): string {
	let texts = normalised.get(grid);
	if (!texts) {
		texts = grid.map((row) => normaliseLabel(row.join('')));
		normalised.set(grid, texts);
	}
	return texts[r] ?? '';
}

function findHeading(grid: Grid, from: number, aliases: readonly Alias[]): number {
	for (let r = from; r < grid.length; r++) {
		const text = rowText(grid, r);
		// A heading is a short row; the introduction lists every heading in one long sentence.
		if (text.length <= 34 && lastMatch(text, aliases).end >= 0) return r;
	}
	return -1;
}

function findRow(grid: Grid, from: number, needle: string): number {
	for (let r = Math.max(0, from); r < grid.length; r++)
		if (rowText(grid, r).includes(needle)) return r;
	return -1;
}

/** Row ranges of tables 2, 3 and 4: by their section headings, else by their first row labels. */
export function findSections(grid: Grid): Sections {
	let t2 = findHeading(grid, 0, SECTION_ALIASES.t2);
	let t3 = findHeading(grid, Math.max(0, t2), SECTION_ALIASES.t3);
	// Tables in another order than 二/三/四: each heading is also looked for from the top.
	if (t3 < 0) t3 = findHeading(grid, 0, SECTION_ALIASES.t3);
	if (t3 < 0) t3 = findRow(grid, Math.max(0, t2), '本年新收');
	if (t2 < 0) t2 = findRow(grid, 0, '第二十条');
	let t4 = findHeading(grid, Math.max(0, t3), SECTION_ALIASES.t4);
	if (t4 < 0) t4 = findHeading(grid, 0, SECTION_ALIASES.t4);
	if (t4 < 0 && t3 >= 0) {
		const carried = findRow(grid, t3, '结转下年度');
		if (carried >= 0) t4 = findRow(grid, carried + 1, '行政复议');
	}
	const end = findHeading(grid, Math.max(t2, t3, t4, 0) + 1, SECTION_ALIASES.end);
	const stop = (r: number) => {
		const next = [t2, t3, t4, end === -1 ? grid.length : end]
			.filter((x) => x > r)
			.sort((a, b) => a - b)[0];
		return next ?? grid.length;
	};
	return {
		t2: t2 >= 0 ? [t2, stop(t2)] : null,
		t3: t3 >= 0 ? [t3, stop(t3)] : null,
		t4: t4 >= 0 ? [t4, stop(t4)] : null
	};
}

/** How many table-3 headings a document prints: more than one means more than one report. */
export function countTable3Headings(grid: Grid): number {
	let n = 0;
	for (let r = findHeading(grid, 0, SECTION_ALIASES.t3); r >= 0;) {
		n++;
		r = findHeading(grid, r + 1, SECTION_ALIASES.t3);
	}
	return n;
}
