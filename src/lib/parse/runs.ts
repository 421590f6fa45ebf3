import type { Box, Grid } from './grid';
import { normaliseLabel } from './aliases';
import { parseCell, type ParsedCell } from './numbers';

/** Values printed after a label: the label text gathered since the previous run, then the cells. */
export interface Run {
	label: string;
	cells: ParsedCell[];
	/** Index of the grid row the run ends in. */
	row: number;
	/** Only blank cells printed after a label in its row: a row left empty, or a label whose
	 * numbers follow on the next row (converters split them); a later unlabelled run refills it. */
	blankOnly?: boolean;
	/** Where each cell was printed (PDF), for placing it in its column. */
	boxes?: Box[];
	/** Text printed above the values' columns (column headers, units), not part of the label. */
	above?: string;
	/** PDF: the label text on the values' own line. */
	near?: string;
}

/**
 * Splits rows [from, to) into runs of consecutive value cells. Text accumulates into the label of
 * the next run; a group of only blank cells (e.g. beside a merged label) is not a run.
 */
export function toRuns(grid: Grid, from = 0, to = grid.length): Run[] {
	const runs: Run[] = [];
	let label = '';
	let cells: ParsedCell[] = [];
	let afterText = false;
	const close = (row: number) => {
		const blankOnly = !cells.some((c) => c.state !== 'blank');
		if (cells.length && (!blankOnly || afterText)) {
			runs.push({ label: normaliseLabel(label), cells, row, ...(blankOnly ? { blankOnly } : {}) });
			label = '';
		}
		cells = [];
	};
	for (let r = from; r < to; r++) {
		afterText = false;
		for (const raw of grid[r] ?? []) {
			const cell = parseCell(raw);
			if (cell) cells.push(cell);
			else {
				close(r);
				label += raw;
				afterText = true;
			}
		}
		close(r);
	}
	return runs;
}

/**
 * Drops blank cells from the ends of a run while it is longer than the form's `n` cells: converters
 * emit empty cells for merged label columns; a blank inside the printed cells is kept.
 */
export function fitCells(cells: ParsedCell[], n: number): ParsedCell[] {
	let out = cells;
	while (out.length > n && out[0]?.state === 'blank') out = out.slice(1);
	while (out.length > n && out[out.length - 1]?.state === 'blank') out = out.slice(0, -1);
	return out;
}
