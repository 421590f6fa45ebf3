import { normaliseLabel } from './aliases';
import type { Box, Grid } from './grid';
import { parseCell, type ParsedCell } from './numbers';
import type { Run } from './runs';

interface Piece {
	text: string;
	box: Box;
}

interface PlacedRun {
	cells: ParsedCell[];
	boxes: Box[];
	row: number;
	y: number;
	pieces: Piece[];
}

/**
 * A label from its pieces: pieces that overlap horizontally form a column (the group label
 * 「（三）不予公开」 beside the row label 「5.属于三类内部事务信息」), read column by column, each top to
 * bottom — so a label wrapped around its numbers reads whole.
 */
function joinPieces(pieces: Piece[]): string {
	const bands: { x0: number; x1: number; pieces: Piece[] }[] = [];
	for (const p of [...pieces].sort((a, b) => a.box[0] - b.box[0])) {
		const band = bands.find((b) => p.box[0] < b.x1 && p.box[1] > b.x0);
		if (band) {
			band.pieces.push(p);
			band.x1 = Math.max(band.x1, p.box[1]);
		} else bands.push({ x0: p.box[0], x1: p.box[1], pieces: [p] });
	}
	return bands
		.map((b) =>
			b.pieces
				.sort((p, q) => p.box[2] - q.box[2] || p.box[0] - q.box[0])
				.map((p) => p.text)
				.join('')
		)
		.join('');
}

/** Baselines this close are one line. */
const SAME_LINE = 2;

/** How far below a table's last values trailing text may lie and still be its label's wrap. */
const TRAILING_REACH = 30;

/**
 * Runs from a PDF's positioned rows [from, to): each line of label text goes to the row of values
 * nearest to it vertically (a wrapped label's lines sit above and below its numbers); text over
 * the values' columns is kept apart as `above` (column headers, units).
 */
export function toPlacedRuns(
	grid: Grid,
	from: number,
	to: number,
	boxes: readonly (readonly Box[])[]
): Run[] {
	const runs: PlacedRun[] = [];
	let pending: Piece[] = [];
	let current: PlacedRun | null = null;
	const close = () => {
		if (!current) return;
		const prev = runs[runs.length - 1];
		const mine: Piece[] = [];
		for (const p of pending)
			(prev && Math.abs(p.box[2] - prev.y) < Math.abs(p.box[2] - current.y)
				? prev.pieces
				: mine
			).push(p);
		current.pieces.unshift(...mine);
		runs.push(current);
		pending = [];
		current = null;
	};
	for (let r = from; r < to; r++) {
		for (const [i, raw] of (grid[r] ?? []).entries()) {
			const box = boxes[r]?.[i];
			if (!box) continue;
			const cell = parseCell(raw);
			if (cell) {
				current ??= { cells: [], boxes: [], row: r, y: box[2], pieces: [] };
				current.cells.push(cell);
				current.boxes.push(box);
			} else {
				close();
				pending.push({ text: raw, box });
			}
		}
		close();
	}
	const last = runs[runs.length - 1];
	if (last) last.pieces.push(...pending.filter((p) => p.box[2] - last.y < TRAILING_REACH));
	return runs.map((run) => {
		const valuesFrom = Math.min(...run.boxes.map((b) => b[0])) - 2;
		const label = run.pieces.filter((p) => p.box[1] <= valuesFrom);
		const above = run.pieces.filter((p) => p.box[1] > valuesFrom);
		const near = label.filter((p) => Math.abs(p.box[2] - run.y) <= SAME_LINE);
		return {
			label: normaliseLabel(joinPieces(label)),
			...(near.length ? { near: normaliseLabel(joinPieces(near)) } : {}),
			cells: run.cells,
			row: run.row,
			boxes: run.boxes,
			...(above.length ? { above: joinPieces(above) } : {})
		};
	});
}
