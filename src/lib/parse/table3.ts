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

const hasNumber = (run: Run) => run.cells.some((c) => c.state === 'number');

/**
 * A number row that a converter split over two rows: a run of fewer than seven cells followed by
 * an unlabelled run holding the rest (text only; a PDF's cells are placed by their columns).
 */
function mergeSplitRows(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (let i = 0; i < runs.length; i++) {
		const run = runs[i]!;
		const next = runs[i + 1];
		const n = fitCells(run.cells, 7).length;
		if (
			!run.boxes &&
			next &&
			n < 7 &&
			hasNumber(run) &&
			hasNumber(next) &&
			pickRow(next.label, -1) < 0 &&
			n + fitCells(next.cells, 7).length === 7
		) {
			out.push({ ...run, cells: [...fitCells(run.cells, 7), ...fitCells(next.cells, 7)] });
			i++;
		} else out.push(run);
	}
	return out;
}

const INDEX = (key: T3Row) => ROW_KEYS.indexOf(key);
/** The form's printed row orders: 2021 with the three （六） sub-rows, and with one （六） row. */
const FORM_ORDERS = [
	ROW_KEYS.filter((k) => k !== 'res_other_total'),
	ROW_KEYS.filter((k) => !(OTHER_SUBS as readonly string[]).includes(k))
].map((keys) => keys.map(INDEX));
const OUTCOME_ROWS = new Set(
	T3_ROWS.filter((r) => 'group' in r && r.group !== 'other_sub').map((r) => INDEX(r.key))
);

/** The rows whose labels appear in a text, in the order they appear (each after the last). */
function labelsIn(text: string): number[] {
	const found: { at: number; index: number }[] = [];
	ROW_KEYS.forEach((key, index) => {
		for (const alias of T3_ALIASES[key]) {
			const at = typeof alias === 'string' ? text.indexOf(alias) : text.search(alias);
			if (at >= 0) found.push({ at, index });
		}
	});
	const out: number[] = [];
	for (const f of found.sort((a, b) => a.at - b.at))
		if (f.index > (out[out.length - 1] ?? -1)) out.push(f.index);
	return out;
}

/** How many of table 3's identities hold when number rows are given to these form rows. */
function identitiesHeld(rows: number[], numbers: ParsedCell[][]): number {
	const value = (row: number, col: number) => {
		const at = rows.indexOf(row);
		return at < 0 ? null : (numbers[at]![col]?.value ?? 0);
	};
	let held = 0;
	for (const cells of numbers) if (cells.length === 7 && consistent(cells)) held++;
	for (let col = 0; col < 7; col++) {
		const total = value(INDEX('res_total'), col);
		const parts = [...OUTCOME_ROWS].map((r) => value(r, col));
		if (total !== null && parts.reduce<number>((s, v) => s + (v ?? 0), 0) === total) held++;
		const [n, c, f] = ['new_received', 'carried_over_in', 'carried_forward'].map((k) =>
			value(INDEX(k as T3Row), col)
		);
		if (total !== null && n !== null && (n ?? 0) + (c ?? 0) === total + (f ?? 0)) held++;
	}
	return held;
}

/**
 * Labels detached from their numbers (PDF→Markdown converters): the row labels printed as rows
 * without values, the numbers elsewhere as unlabelled rows. Candidate readings — the labels in
 * order, the form's fixed row orders — are weighed by how many of table 3's identities hold under
 * each; the best is used and the report says it was inferred. Never a number is made up.
 */
function readDetached(b: ReportBuilder, runs: Run[]): number {
	const labels: number[] = [];
	for (const run of runs) {
		if (hasNumber(run)) continue;
		const index = pickRow(run.label, labels[labels.length - 1] ?? -1);
		if (index >= 0) labels.push(index);
	}
	const numeric = runs.filter(hasNumber);
	// Plain text: all the labels gathered in front of the first row of numbers.
	const block = labelsIn(numeric[0]?.label ?? '');
	const numbers = numeric.filter(
		(r, i) => pickRow(r.label, -1) < 0 || (i === 0 && block.length >= 5)
	);
	if (block.length >= 5) labels.push(...block);
	const cells = numbers.map((r) => fitCells(r.cells, 7));
	const candidates = [labels, ...FORM_ORDERS].filter((c) => c.length === numbers.length);
	if (labels.length < 5 || !candidates.length) return -1;
	const scored = candidates
		.map((rows) => ({ rows, held: identitiesHeld(rows, cells) }))
		.sort((x, y) => y.held - x.held);
	const best = scored[0]!;
	best.rows.forEach((index, i) => assignRow(b, ROW_KEYS[index]!, numbers[i]!, null));
	const byLabels = best.rows === labels;
	b.issue('parse.rows_inferred', 'warning', '表三', [
		`表三的行名与数字分开排列（转换或识别的文本）：${byLabels ? `按印出的 ${labels.length} 个行名的顺序` : `印出的行名只认出 ${labels.length} 个，按表格固定行序`}把 ${numbers.length} 行数字依次对应到各行，此时有 ${best.held} 项勾稽关系成立，请核对`,
		`Table 3's row names and numbers are apart: ${numbers.length} rows of numbers were matched to rows by order (${best.held} balance checks hold); please check.`
	]);
	return Math.max(...best.rows);
}

/** Reads table 3 from its runs; returns whether the three （六） sub-rows were printed. */
export function readTable3(
	b: ReportBuilder,
	source: Run[],
	columns: Column[] | null = null
): { otherSubrows: boolean; found: boolean } {
	// PDF: the label on the values' own line names the row, when it names one; the lines around
	// it may belong to neighbouring rows printed without values.
	const runs = mergeSplitRows(source).map((r) =>
		r.near && pickRow(r.near, -1) >= 0 ? { ...r, label: r.near, printedLabel: r.label } : r
	);
	const labelled = new Set(
		runs
			.filter(hasNumber)
			.map((r) => pickRow(r.label, -1))
			.filter((i) => i >= 0)
	);
	let pos = labelled.size < 5 ? readDetached(b, runs) : -1;
	let found = pos >= 0;
	let lastBlank = false;
	// Rows given numbers that could not be placed: unread (missing), not printed empty.
	const tried = new Set<T3Row>();
	for (const run of found ? [] : runs) {
		let index = pickRow(run.label, pos);
		// Label first, order second: a row printed out of form order keeps its cells.
		const earlier = index < 0 ? pickRow(run.label, -1) : -1;
		if (earlier >= 0 && !b.has(t3(ROW_KEYS[earlier]!, 'total'))) index = earlier;
		else if (earlier >= 0 && !run.blankOnly) {
			b.issue(
				'parse.row_duplicate',
				'warning',
				`表三/${ROW_ZH[ROW_KEYS[earlier]!]}`,
				`「${ROW_ZH[ROW_KEYS[earlier]!]}」行印了不止一次：保留第一次的数值，后一行（${run.cells.map((c) => c.raw || '空').join(' ')}）未读取，请核对`
			);
			continue;
		}
		if (index < 0 && run.blankOnly) continue;
		if (index < 0 && lastBlank && run.label === '') index = pos;
		else if (index < 0) {
			if (pos < 0 || pos + 1 >= ROW_KEYS.length || run.cells.length < 6 || run.cells.length > 8)
				continue;
			if (labelled.has(pos + 1)) {
				b.issue(
					'parse.row_extra',
					'warning',
					'表三',
					`表三多出一行「${run.label.slice(-30) || '（无行名）'}」（${run.cells.map((c) => c.raw || '空').join(' ')}），不属于表格的任何一行，未读取`
				);
				continue;
			}
			index = pos + 1;
			b.issue(
				'parse.label_unmatched',
				'warning',
				`表三/${ROW_ZH[ROW_KEYS[index]!]}`,
				`未能识别行名「${run.label.slice(-30)}」，按表格顺序视为「${ROW_ZH[ROW_KEYS[index]!]}」行，请核对`
			);
		}
		assignRow(b, ROW_KEYS[index]!, run, columns);
		if (hasNumber(run)) tried.add(ROW_KEYS[index]!);
		pos = Math.max(pos, index);
		found = true;
		lastBlank = run.blankOnly === true;
	}
	const otherSubrows = OTHER_SUBS.some((row) => b.has(t3(row, 'total')));
	if (found && runs.some((r) => r.boxes)) blankLabelledRows(b, runs, otherSubrows, tried);
	if (otherSubrows && !b.has(t3('res_other_total', 'total'))) deriveOtherTotal(b);
	if (found) reportMissingRows(b, otherSubrows);
	return { otherSubrows, found };
}

/**
 * PDF: a row whose label is printed but which has no values at all is a row of empty cells (a
 * PDF leaves empty cells out of its text layer), not a missing row. A row whose numbers were
 * found but could not be placed (`tried`) was not read: its cells stay missing.
 */
function blankLabelledRows(
	b: ReportBuilder,
	runs: (Run & { printedLabel?: string })[],
	otherSubrows: boolean,
	tried: ReadonlySet<T3Row>
): void {
	const printed = runs.map((r) => r.printedLabel ?? r.label).join('|');
	for (const key of ROW_KEYS) {
		if (b.has(t3(key, 'total')) || (key === 'res_other_total' && otherSubrows)) continue;
		if (tried.has(key)) continue;
		if (lastMatch(printed, T3_ALIASES[key]).end < 0) continue;
		T3_COLUMNS.forEach((col) => b.set(t3(key, col), BLANK_CELL));
		b.issue(
			'parse.row_blank',
			'info',
			`表三/${ROW_ZH[key]}`,
			`表三「${ROW_ZH[key]}」行印有行名但没有任何数值，按空白单元格读取`,
			T3_COLUMNS.map((c) => t3(key, c))
		);
	}
}

function reportMissingRows(b: ReportBuilder, otherSubrows: boolean): void {
	const missing = T3_ROWS.filter((r) => {
		if (b.has(t3(r.key, 'total'))) return false;
		return 'group' in r && r.group === 'other_sub' ? otherSubrows : true;
	}).map((r) => r.zh);
	if (missing.length)
		b.issue('parse.rows_missing', 'error', '表三', [
			`表三缺少 ${missing.length} 行：${missing.join('、')}`,
			`Table 3 lacks ${missing.length} rows: ${missing.join(', ')}.`
		]);
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
