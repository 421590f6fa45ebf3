import {
	t3,
	T3_APPLICANT_COLUMNS,
	T3_COLUMNS,
	T3_ROWS,
	T3_COLUMN_ZH,
	type T3Row
} from '$lib/report';
import { lastMatch, T3_ALIASES } from './aliases';
import { placeByColumns, type Column } from './columns';
import { BLANK_CELL, type ParsedCell } from './numbers';
import type { ReportBuilder } from './report-builder';
import { fitCells, type Run } from './runs';

const ROW_KEYS = T3_ROWS.map((r) => r.key);
const ROW_ZH = Object.fromEntries(T3_ROWS.map((r) => [r.key, r.zh])) as Record<T3Row, string>;
const OTHER_SUBS = ['res_other_no_correction', 'res_other_fee_unpaid', 'res_other_misc'] as const;

function pickRow(label: string, after: number): number {
	let best = { index: -1, end: -1, length: 0 };
	for (let i = after + 1; i < ROW_KEYS.length; i++) {
		const m = lastMatch(label, T3_ALIASES[ROW_KEYS[i]!]);
		if (m.end > best.end || (m.end === best.end && m.end >= 0 && m.length > best.length))
			best = { index: i, ...m };
	}
	return best.end >= 0 ? best.index : -1;
}

const concat = (a: ParsedCell, b: ParsedCell): ParsedCell => {
	const raw = `${a.raw.trim()}${b.raw.trim()}`;
	return { state: 'number', value: Number(raw), raw };
};
const applicantSum = (cells: ParsedCell[]) =>
	cells.slice(0, 6).reduce((s, c) => s + (c.value ?? 0), 0);
const consistent = (cells: ParsedCell[]) => applicantSum(cells) === (cells[6]?.value ?? 0);
const isDigits = (c: ParsedCell | undefined) => c?.state === 'number' && /^\d+$/.test(c.raw.trim());

/** Eight cells where seven are printed: the commonest PDF error, one number split in two. */
function mergeSplit(cells: ParsedCell[]): { cells: ParsedCell[]; at: number } | null {
	const fixes: { cells: ParsedCell[]; at: number }[] = [];
	for (let j = 0; j + 1 < cells.length; j++) {
		if (!isDigits(cells[j]) || !isDigits(cells[j + 1])) continue;
		const merged = [...cells.slice(0, j), concat(cells[j]!, cells[j + 1]!), ...cells.slice(j + 2)];
		if (consistent(merged)) fixes.push({ cells: merged, at: j });
	}
	return fixes.length === 1 ? fixes[0]! : null;
}

/** Column headers of table 3 in printed order (PDF geometry places cells under them). */
export const T3_HEADER = [
	/自然人/,
	/商业企业/,
	/科研机构/,
	/公益组织/,
	/法律服务/,
	/其他$/,
	/总计$/
];

function assignRow(b: ReportBuilder, row: T3Row, run: Run, columns: Column[] | null): void {
	const placed = columns && placeByColumns(run.cells, run.boxes, columns);
	let cells = placed ? placed.map((c) => c ?? BLANK_CELL) : fitCells(run.cells, 7);
	const path = `表三/${ROW_ZH[row]}`;
	if (cells.length === 8) {
		const fix = mergeSplit(cells);
		if (fix) {
			const col = T3_COLUMN_ZH[T3_COLUMNS[fix.at]!];
			b.issue(
				'parse.split_cell',
				'warning',
				path,
				`「${ROW_ZH[row]}」行识别到 8 个数值；将相邻的 ${cells[fix.at]!.raw} 与 ${cells[fix.at + 1]!.raw} 合并为 ${fix.cells[fix.at]!.raw}（${col}列）后各项之和与总计一致，疑为一个数字被拆成两格，请核对原文`,
				[t3(row, T3_COLUMNS[fix.at]!)]
			);
			cells = fix.cells;
		}
	}
	if (cells.length !== 7) {
		b.issue(
			'parse.row_cells',
			'error',
			path,
			`「${ROW_ZH[row]}」行识别到 ${cells.length} 个数值（${cells.map((c) => c.raw || '空').join(' ')}），应为 7 个，该行未读取`,
			T3_COLUMNS.map((c) => t3(row, c))
		);
		return;
	}
	T3_COLUMNS.forEach((col, i) => b.set(t3(row, col), cells[i]!));
	if (!consistent(cells)) suspectSplit(b, row, cells, path);
}

/** Seven cells that miss the total by exactly what joining two adjacent cells would fix. */
function suspectSplit(b: ReportBuilder, row: T3Row, cells: ParsedCell[], path: string): void {
	const total = cells[6]?.value ?? 0;
	for (let j = 0; j + 1 < 6; j++) {
		const [x, y] = [cells[j]!, cells[j + 1]!];
		if (!isDigits(x) || !isDigits(y)) continue;
		const joined = Number(`${x.raw.trim()}${y.raw.trim()}`);
		if (applicantSum(cells) - (x.value ?? 0) - (y.value ?? 0) + joined !== total) continue;
		const [a, c] = [T3_APPLICANT_COLUMNS[j]!, T3_APPLICANT_COLUMNS[j + 1]!];
		b.issue(
			'parse.split_cell',
			'warning',
			path,
			`「${ROW_ZH[row]}」行${T3_COLUMN_ZH[a]}列 ${x.raw} 与${T3_COLUMN_ZH[c]}列 ${y.raw} 相连即为 ${joined}，恰好使各项之和等于总计 ${total}：疑为一个数字被拆到两格（提取错误），请核对原文`,
			[t3(row, a), t3(row, c)]
		);
		return;
	}
}

/** Reads table 3 from its runs; returns whether the three （六） sub-rows were printed. */
export function readTable3(
	b: ReportBuilder,
	runs: Run[],
	columns: Column[] | null = null
): { otherSubrows: boolean; found: boolean } {
	let pos = -1;
	let lastBlank = false;
	for (const run of runs) {
		let index = pickRow(run.label, pos);
		if (index < 0 && run.blankOnly) continue;
		if (index < 0 && lastBlank && run.label === '') index = pos;
		else if (index < 0) {
			if (pos < 0 || pos + 1 >= ROW_KEYS.length || run.cells.length < 6 || run.cells.length > 8)
				continue;
			index = pos + 1;
			b.issue(
				'parse.label_unmatched',
				'warning',
				`表三/${ROW_ZH[ROW_KEYS[index]!]}`,
				`未能识别行名「${run.label.slice(-30)}」，按表格顺序视为「${ROW_ZH[ROW_KEYS[index]!]}」行，请核对`
			);
		}
		assignRow(b, ROW_KEYS[index]!, run, columns);
		pos = index;
		lastBlank = run.blankOnly === true;
	}
	const otherSubrows = OTHER_SUBS.some((row) => b.has(t3(row, 'total')));
	if (otherSubrows && !b.has(t3('res_other_total', 'total'))) deriveOtherTotal(b);
	if (pos >= 0) reportMissingRows(b, otherSubrows);
	return { otherSubrows, found: pos >= 0 };
}

function reportMissingRows(b: ReportBuilder, otherSubrows: boolean): void {
	const missing = T3_ROWS.filter((r) => {
		if (b.has(t3(r.key, 'total'))) return false;
		return 'group' in r && r.group === 'other_sub' ? otherSubrows : true;
	}).map((r) => r.zh);
	if (missing.length)
		b.issue(
			'parse.rows_missing',
			'error',
			'表三',
			`表三缺少 ${missing.length} 行：${missing.join('、')}（rows not found）`
		);
	if (!otherSubrows && b.has(t3('res_other_total', 'total')))
		b.issue(
			'parse.single_other_row',
			'info',
			'表三/其他处理',
			'表三「（六）其他处理」只印了一行，未分 1–3 项：三个分项记为缺失，合计取该行'
		);
}

/** The contract: （六） total is always filled, from the three sub-rows where only those are printed. */
function deriveOtherTotal(b: ReportBuilder): void {
	for (const col of T3_COLUMNS) {
		const parts = OTHER_SUBS.map((row) => b.values[t3(row, col)]);
		if (parts.every((v) => v === null || v === undefined)) {
			b.values[t3('res_other_total', col)] = null;
			b.cells[t3('res_other_total', col)] = {
				state: 'blank',
				raw: '',
				note: '由（六）1–3 项求和：三项均为空'
			};
			continue;
		}
		const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
		b.values[t3('res_other_total', col)] = sum;
		b.cells[t3('res_other_total', col)] = {
			state: 'number',
			raw: String(sum),
			note: '由（六）1–3 项求和'
		};
	}
}
