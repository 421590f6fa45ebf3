import {
	FIELD_IDS,
	SCOPES,
	field,
	inFormat,
	isFieldId,
	valueKind,
	type CellState,
	type FieldId,
	type FormatVersion,
	type Report,
	type Scope
} from '$lib/report';
import type { DictionaryEntry } from '$lib/dataset/dictionary';

/** A problem in a table file, with where it is (1-based row as the spreadsheet shows it). */
export interface TableProblem {
	row: number | null;
	column: string | null;
	message: string;
}

/** One data row of an imported table, as a report plus the metadata the dataset needs. */
export interface TableReport {
	row: number;
	report_id: string | null;
	region_code: string;
	scope: Scope;
	source: string | null;
	report: Report;
}

export interface TableImport {
	reports: TableReport[];
	problems: TableProblem[];
}

const REQUIRED = ['region_code', 'year', 'scope'] as const;
const FORMULA = /^[=+@]|^-(?!\d)/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const STATES: readonly CellState[] = ['blank', 'na', 'missing'];

/**
 * Header → column id: a header may be the column id (`t3_new_received__total`) or the Chinese label of
 * dictionary.json (`报告编号`), in any order; unknown headers are problems, not silently dropped.
 */
export function mapColumns(
	headers: readonly string[],
	dictionary: readonly DictionaryEntry[]
): { columns: (string | null)[]; problems: TableProblem[] } {
	const byLabel = new Map<string, string>();
	for (const d of dictionary) {
		byLabel.set(d.column, d.column);
		byLabel.set(d.zh, d.column);
	}
	const problems: TableProblem[] = [];
	const seen = new Set<string>();
	const columns = headers.map((h, i) => {
		const id = byLabel.get(h.trim().replace(/^\ufeff/, '')) ?? null;
		const where = `第 ${i + 1} 列“${h}”`;
		if (!id) {
			if (h.trim())
				problems.push({ row: 1, column: h, message: `${where}不是数据集的列（字段编号或中文名）` });
			return null;
		}
		if (seen.has(id)) {
			problems.push({ row: 1, column: h, message: `${where}与前面的列重复（${id}），已忽略` });
			return null;
		}
		seen.add(id);
		return id;
	});
	for (const r of REQUIRED)
		if (!seen.has(r))
			problems.push({
				row: 1,
				column: r,
				message: `缺少必需的列 ${r}（${labelOf(r, dictionary)}）`
			});
	const fields = [...seen].filter((c) => isFieldId(c));
	if (!fields.length)
		problems.push({
			row: 1,
			column: null,
			message: '表中没有任何数据字段列（如 t3_new_received__total）'
		});
	return { columns, problems };
}

const labelOf = (id: string, dictionary: readonly DictionaryEntry[]) =>
	dictionary.find((d) => d.column === id)?.zh ?? id;

function parseStates(text: string): Record<string, CellState> {
	if (!text) return {};
	try {
		const v = JSON.parse(text) as Record<string, string>;
		return Object.fromEntries(
			Object.entries(v).filter(([, s]) => STATES.includes(s as CellState))
		) as Record<string, CellState>;
	} catch {
		return {};
	}
}

/**
 * Rows of a table in the dataset's columns → reports, checking every cell: a formula, a text in a
 * number column, a negative count, a repeated report are problems naming row and column; a bad
 * row is left out and the others still import.
 */
export function readTable(
	records: readonly (readonly string[])[],
	dictionary: readonly DictionaryEntry[]
): TableImport {
	const [headers = [], ...data] = records;
	const mapped = mapColumns(headers, dictionary);
	if (mapped.problems.some((p) => p.message.startsWith('缺少') || p.message.startsWith('表中没有')))
		return { reports: [], problems: mapped.problems };
	const problems = [...mapped.problems];
	const reports: TableReport[] = [];
	const seen = new Map<string, number>();
	data.forEach((cells, i) => {
		const rowNo = i + 2;
		if (cells.every((c) => !c.trim())) return;
		const get = new Map<string, string>();
		mapped.columns.forEach((id, j) => id && get.set(id, (cells[j] ?? '').trim()));
		const rowProblems: TableProblem[] = [];
		const bad = (column: string, message: string) =>
			rowProblems.push({ row: rowNo, column, message: `第 ${rowNo} 行“${column}”列：${message}` });
		for (const [id, v] of get)
			if (FORMULA.test(v)) bad(id, `“${v.slice(0, 30)}”是公式，不导入公式`);
		const year = Number(get.get('year'));
		if (!Number.isInteger(year) || year < 2008 || year > 2100)
			bad('year', `年度“${get.get('year')}”无效`);
		const scope = get.get('scope') as Scope;
		if (!SCOPES.includes(scope))
			bad('scope', `口径“${get.get('scope')}”应为 ${SCOPES.join(' / ')}`);
		const region_code = get.get('region_code') ?? '';
		if (!/^\d{6}$/.test(region_code))
			bad('region_code', `行政区划代码“${region_code}”应为 6 位数字`);
		const format: FormatVersion =
			get.get('format_version') === '2019' || (!get.get('format_version') && year < 2021)
				? '2019'
				: '2021';
		const states = parseStates(get.get('cell_states') ?? '');
		const values: Report['values'] = {};
		const reportCells: Report['cells'] = {};
		for (const id of FIELD_IDS) {
			if (!inFormat(field(id), format)) continue;
			const v = get.get(id);
			if (v === undefined) continue;
			const state = states[id];
			if (v === '') {
				values[id] = null;
				reportCells[id] = { state: state ?? 'blank', raw: '' };
				continue;
			}
			const n = v.replace(/,/g, '');
			if (!NUMBER.test(n)) {
				if (!FORMULA.test(v)) bad(id, `“${v.slice(0, 30)}”不是数字`);
				continue;
			}
			const num = Number(n);
			if (num < 0 && valueKind(id as FieldId) === 'count') bad(id, `件数不能为负数（${v}）`);
			if (!Number.isInteger(num) && valueKind(id as FieldId) === 'count')
				bad(id, `件数应为整数（${v}）`);
			values[id] = num;
			reportCells[id] = { state: 'number', raw: v };
		}
		const key = `${get.get('report_id') || ''}|${region_code}|${year}|${scope}|${get.get('organ_name') ?? ''}`;
		const first = seen.get(key);
		if (first !== undefined)
			bad('report_id', `与第 ${first} 行重复（同一报告编号、地区、年度、口径和主体），未重复导入`);
		if (rowProblems.length) {
			problems.push(...rowProblems);
			return;
		}
		seen.set(key, rowNo);
		reports.push({
			row: rowNo,
			report_id: get.get('report_id') || null,
			region_code,
			scope,
			source: get.get('source') || null,
			report: {
				organ_name: get.get('organ_name') || null,
				year,
				format_version: format,
				region_code,
				values,
				cells: reportCells
			}
		});
	});
	return { reports, problems };
}

/** The import template: one header row of field ids or of Chinese labels, plus one example row. */
export function templateRows(
	labels: 'id' | 'zh',
	dictionary: readonly DictionaryEntry[]
): string[][] {
	const skip = new Set([
		'report_id',
		'region_name',
		'region_level',
		'province_code',
		'parent_code',
		'data_origin',
		'hard_ok',
		'cell_states'
	]);
	const cols = dictionary.filter((d) => !skip.has(d.column));
	const example: Record<string, string> = {
		region_code: '320813',
		organ_name: '淮安市洪泽区人民政府',
		year: '2024',
		format_version: '2021',
		scope: 'government_itself',
		source: '（报告网址）'
	};
	return [
		cols.map((d) => (labels === 'id' ? d.column : d.zh)),
		cols.map((d) => example[d.column] ?? '')
	];
}
