import type { FieldId, FormatVersion } from '$lib/report';
import { placeByColumns, type Column } from './columns';
import { BLANK_CELL } from './numbers';
import { FORMAT_MARKERS, lastMatch, T2_ROWS, type T2Row } from './aliases';
import type { ReportBuilder } from './report-builder';
import { fitCells, type Run } from './runs';

/** How many of each format's own table-2 column headers were printed. */
export function formatEvidence(headerText: string): Record<FormatVersion, number> {
	const score = (f: FormatVersion) =>
		FORMAT_MARKERS[f].filter((m) => lastMatch(headerText, [m]).end >= 0).length;
	return { '2019': score('2019'), '2021': score('2021') };
}

// 元 printed where the format expects 万元 (2019 procurement amounts vary; fees occasionally).
const amountScale = (label: string, unit?: string) =>
	(unit ?? (/单位[:：]?元|\(元\)|（元）/.test(label) ? '元' : '万元')) === '元' ? 1e-4 : 1;

/** The printed column header of each kind of table-2 cell, by the end of its field id. */
const HEADER_OF: [RegExp, RegExp][] = [
	[/_issued$/, /制发|新制作/],
	[/_repealed$/, /废止/],
	[/_in_force$/, /有效/],
	[/_new_published$/, /新公开/],
	[/_total_published$/, /总数/],
	[/_items_prev$/, /上一年/],
	[/_items_change$/, /增|减/],
	[/_decisions$/, /决定/],
	[/procurement_projects$/, /项目/],
	[/_10k_cny$/, /金额/]
];
const headerOf = (id: FieldId) => HEADER_OF.find(([f]) => f.test(id))?.[1] ?? /$^/;

/** Finds the columns headed by `names` above a row (PDF geometry), or null. */
export type HeaderLookup = (row: number, names: RegExp[]) => Column[] | null;

export function readTable2(
	b: ReportBuilder,
	runs: Run[],
	format: FormatVersion,
	header: HeaderLookup = () => null
): boolean {
	const rows = T2_ROWS[format];
	let pos = -1;
	let lastBlank = false;
	let printed = '';
	for (const run of runs) {
		printed += run.label + (run.above ?? '');
		let best = { index: -1, end: -1 };
		// PDF: the label on the values' own line names the row; lines around it may be the
		// labels of neighbouring rows printed without values.
		const near = rows.some((r) => lastMatch(run.near ?? '', r.aliases).end >= 0);
		const label = near ? run.near! : run.label;
		for (let i = pos + 1; i < rows.length; i++) {
			const m = lastMatch(label, rows[i]!.aliases);
			if (m.end > best.end) best = { index: i, end: m.end };
		}
		if (best.index < 0 && lastBlank && run.label === '' && !run.blankOnly) best.index = pos;
		const row = rows[best.index];
		if (!row) continue;
		pos = best.index;
		lastBlank = run.blankOnly === true;
		const columns =
			run.boxes && run.cells.length < row.fields.length
				? header(run.row, row.fields.map(headerOf))
				: null;
		const placed = columns && placeByColumns(run.cells, run.boxes, columns);
		const cells = placed
			? placed.map((c) => c ?? BLANK_CELL)
			: fitCells(run.cells, row.fields.length);
		if (cells.length !== row.fields.length) {
			b.issue(
				'parse.row_cells',
				'error',
				`表二/${row.key}`,
				`表二「${run.label.slice(-12)}」行识别到 ${cells.length} 个数值（${cells.map((c) => c.raw || '空').join(' ')}），${format}年格式应为 ${row.fields.length} 个，该行未读取`,
				[...row.fields]
			);
			continue;
		}
		row.fields.forEach((id, i) => {
			const cell = cells[i]!;
			const money = id.endsWith('_10k_cny');
			b.set(id, cell, money ? amountScale(printed, cell.unit) : 1);
		});
	}
	if (runs.some((r) => r.boxes)) blankLabelledRows(b, rows, printed);
	return pos >= 0;
}

/**
 * PDF: a table-2 row whose label is printed but which has no values is a row of empty cells (a
 * PDF leaves empty cells out of its text layer), not a row that is missing.
 */
function blankLabelledRows(b: ReportBuilder, rows: readonly T2Row[], printed: string): void {
	for (const row of rows) {
		if (row.fields.some((id) => b.has(id))) continue;
		if (lastMatch(printed, row.aliases).end < 0) continue;
		row.fields.forEach((id) => b.set(id, BLANK_CELL));
		b.issue(
			'parse.row_blank',
			'info',
			`表二/${row.key}`,
			`表二「${typeof row.aliases[0] === 'string' ? row.aliases[0] : row.key}」行印有行名但没有数值，按空白单元格读取`,
			[...row.fields]
		);
	}
}
