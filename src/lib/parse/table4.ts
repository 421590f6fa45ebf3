import { t4, T4_GROUPS, T4_RESULTS } from '$lib/report';
import { placeByColumns, type Column } from './columns';
import { BLANK_CELL } from './numbers';
import type { ReportBuilder } from './report-builder';
import { fitCells, type Run } from './runs';

const IDS = T4_GROUPS.flatMap((g) => T4_RESULTS.map((r) => t4(g, r)));

/** Column headers of table 4 in printed order: five results under each of the three groups. */
const RESULTS = [/维持/, /纠正/, /其他/, /审结/, /总计$/];
export const T4_HEADER = [...RESULTS, ...RESULTS, ...RESULTS];

const hasNumber = (run: Run) => run.cells.some((c) => c.state === 'number');

/**
 * Table 4 is one printed row of 15 cells: review, direct litigation, litigation after review.
 * Marks printed above its first number (a header line read as `×` or `/`) are not values.
 */
export function readTable4(
	b: ReportBuilder,
	source: Run[],
	columns: Column[] | null = null
): boolean {
	const first = source.findIndex(hasNumber);
	const runs = first < 0 ? source : source.slice(first);
	const all = runs.flatMap((r) => r.cells);
	const boxes = runs.every((r) => r.boxes) ? runs.flatMap((r) => r.boxes!) : undefined;
	const placed = columns && all.length ? placeByColumns(all, boxes, columns) : null;
	const cells = placed ? placed.map((c) => c ?? BLANK_CELL) : fitCells(all, IDS.length);
	if (cells.length === 0) return false;
	if (cells.length < IDS.length) {
		b.issue(
			'parse.row_cells',
			'error',
			'表四',
			`表四识别到 ${cells.length} 个数值（${cells.map((c) => c.raw || '空').join(' ')}），应为 15 个，表四未读取`,
			IDS
		);
		return false;
	}
	if (cells.length > IDS.length) {
		b.issue(
			'parse.row_cells',
			'error',
			'表四',
			`表四识别到 ${cells.length} 个数值（${cells.map((c) => c.raw || '空').join(' ')}），多于 15 个，无法确定各数值所在的列，表四未读取`,
			IDS
		);
		return false;
	}
	IDS.forEach((id, i) => b.set(id, cells[i]!));
	return true;
}
