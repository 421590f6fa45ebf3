import { fieldsOf, type FormatVersion, type Issue, type Report } from '$lib/report';
import { validateReport } from '$lib/validate';
import { headerColumns, ruledColumns } from './columns';
import { measureCoverage, type Coverage } from './coverage';
import { normaliseGlyphs } from './glyphs';
import { gridFromMarkdown, gridFromText, type Box, type Grid } from './grid';
import { gridFromHtml } from './html';
import { findMetadata, findRegionCode, type Metadata, type RegionName } from './meta';
import { checkNarrative } from './narrative';
import { ReportBuilder } from './report-builder';
import { normaliseLabel } from './aliases';
import { toPlacedRuns } from './placed-runs';
import { toRuns, type Run } from './runs';
import { countTable3Headings, findSections, type Range } from './sections';
import { parseCell } from './numbers';
import { formatEvidence, readTable2 } from './table2';
import { readTable3, T3_HEADER } from './table3';
import { readTable4, T4_HEADER } from './table4';
import type { VerticalRule } from './ruling-lines';

export interface ParseOptions {
	/** Regions to resolve the reporting body's name to a code. */
	regions?: readonly RegionName[];
	/** The file's name: a last resort for the year. */
	fileName?: string;
	/** Return the text the parser read (`ParseResult.text`), for the dataset's text checks. */
	keepText?: boolean;
}

export interface ParseResult {
	/** A report was recognised (however completely it was read: see `coverage`). */
	ok: boolean;
	report: Report | null;
	issues: Issue[];
	/** Per table, cells read of the cells the detected format prints (recognised reports only). */
	coverage?: Coverage;
	/** The report's running text as the parser read it, line by line (only with `keepText`). */
	text?: string;
}

export type TextKind = 'txt' | 'md' | 'html';

const TABLE_EN = { t2: 'Table 2', t3: 'Table 3', t4: 'Table 4', 表二: 'Table 2', 表四: 'Table 4' };
const TABLE_NAMES = {
	t2: '表二（主动公开政府信息情况）',
	t3: '表三（收到和处理政府信息公开申请情况）',
	t4: '表四（行政复议、行政诉讼情况）'
};

const rowsText = (grid: Grid, range: Range | null) =>
	range
		? grid
				.slice(range[0], range[1])
				.map((r) => r.join(''))
				.join('')
		: '';

/**
 * The format from what was printed: table 2's column headers and its 2019-only rows, table 3's
 * three （六） sub-rows (2021 only). Only when these say nothing, or tie, the year decides.
 */
function decideFormat(
	grid: Grid,
	t2: Range | null,
	otherSubrows: boolean,
	year: number | null,
	b: ReportBuilder
): FormatVersion {
	const text = normaliseLabel(rowsText(grid, t2));
	const evidence = formatEvidence(text);
	const s2019 = evidence['2019'] + (/对外管理服务|政府集中采购/.test(text) ? 2 : 0);
	const s2021 = evidence['2021'] + (otherSubrows ? 2 : 0);
	if (s2019 !== s2021) return s2019 > s2021 ? '2019' : '2021';
	const guess: FormatVersion =
		(year ?? 0) >= 2021 || (year === null && otherSubrows) ? '2021' : '2019';
	b.issue(
		'parse.format_guess',
		'info',
		'表二',
		`表二未见格式特有的表头，按${year ? `年度（${year}）` : '默认'}判断为 ${guess} 年格式`
	);
	return guess;
}

/** A cell that looks like a value but is not a number: 约100, 1,2, 1.5e3, 100万. */
const VALUE_LIKE =
	/^(约|近|超过|逾|大约|共)?\s*[\d０-９][\d０-９.,，．eE+×*-]*\s*[^\d\s年月日项条号页）)]{0,3}$/;

/** Table-2/4 cells printed as values that cannot be read as numbers: never a silent null. */
function unreadableValues(
	b: ReportBuilder,
	grid: Grid,
	range: Range | null,
	table: '表二' | '表四'
): void {
	if (!range) return;
	for (let r = range[0]; r < range[1]; r++) {
		const row = grid[r] ?? [];
		row.forEach((raw, i) => {
			const text = raw.trim();
			if (!VALUE_LIKE.test(text) || parseCell(text)) return;
			const label = row
				.slice(0, i)
				.filter((c) => !parseCell(c))
				.join('');
			b.issue('parse.unreadable_value', 'error', table, [
				`${table}${label ? `「${label.slice(-16)}」行` : ''}的「${text}」无法读作数字（科学计数法、缺位的千分位、单位或“约”等），该格未读取、记为缺失`,
				`${TABLE_EN[table]}: 「${text}」 is not a number; the cell counts as missing.`
			]);
		});
	}
}

const YEAR_SOURCE_ZH = {
	title: '标题',
	period: '统计期限',
	signature: '落款日期（次年发布）',
	file_name: '文件名'
} as const;

function reportYearSource(b: ReportBuilder, meta: Metadata): void {
	if (meta.yearFrom && meta.yearFrom !== 'title')
		b.issue('parse.year_source', 'info', '标题', [
			`标题中未见年度，年度 ${meta.year} 取自${YEAR_SOURCE_ZH[meta.yearFrom]}`,
			`No year in the title; ${meta.year} is taken from the ${meta.yearFrom.replace('_', ' ')}.`
		]);
	if (meta.otherYears.length)
		b.issue('parse.year_conflict', 'warning', '标题', [
			`年度取${YEAR_SOURCE_ZH[meta.yearFrom!]}的 ${meta.year}，但${meta.otherYears.map((o) => `${YEAR_SOURCE_ZH[o.from]}为 ${o.year}`).join('、')}，请核对`,
			`The years disagree: ${meta.year} is used, elsewhere ${meta.otherYears.map((o) => o.year).join(', ')}; please check.`
		]);
}

/** Rows [from, first row of values or of `firstLabel`): where a table prints its column headers. */
function headerEnd(grid: Grid, range: Range, runs: Run[], firstLabel: string): number {
	const values = runs[0]?.row ?? range[1];
	for (let r = range[0] + 1; r < values; r++)
		if (normaliseLabel((grid[r] ?? []).join('')).includes(firstLabel)) return r;
	return values;
}

/**
 * A report from its rows of cells: tables located by headings, rows by label aliases. `boxes`
 * (PDF) gives each cell's x-extent: cells are then placed under their column headers, so a cell
 * left empty stays empty instead of shifting the row; where the headers cannot be read, between
 * the table's vertical ruling lines (`verticals`).
 */
export function parseGrid(
	grid: Grid,
	fullText: string,
	opts: ParseOptions = {},
	boxes?: readonly (readonly Box[])[],
	verticals?: readonly VerticalRule[]
): ParseResult {
	const b = new ReportBuilder();
	const sections = findSections(grid);
	const meta = findMetadata(fullText, opts.fileName);
	const { organ, year } = meta;
	reportYearSource(b, meta);
	const runs = (r: Range | null) =>
		!r ? [] : boxes ? toPlacedRuns(grid, r[0], r[1], boxes) : toRuns(grid, r[0], r[1]);
	const baselines = (tableRuns: Run[]) => tableRuns.flatMap((r) => r.boxes?.[0]?.[2] ?? []);
	const columns = (range: Range | null, tableRuns: Run[], firstLabel: string, names: RegExp[]) =>
		range && boxes
			? (headerColumns(
					grid,
					boxes,
					range[0],
					headerEnd(grid, range, tableRuns, firstLabel),
					names
				) ?? ruledColumns(verticals, baselines(tableRuns), names.length))
			: null;
	const t3Runs = runs(sections.t3);
	const t4Runs = runs(sections.t4);
	const t3 = readTable3(b, t3Runs, columns(sections.t3, t3Runs, '本年新收', T3_HEADER));
	const format = decideFormat(grid, sections.t2, t3.otherSubrows, year, b);
	const found = {
		t2: readTable2(b, runs(sections.t2), format, (row, names) =>
			sections.t2 && boxes
				? (headerColumns(grid, boxes, sections.t2[0], row, names) ??
					ruledColumns(
						verticals,
						(boxes[row] ?? []).slice(0, 1).map((box) => box[2]),
						names.length
					))
				: null
		),
		t3: t3.found,
		t4: readTable4(b, t4Runs, columns(sections.t4, t4Runs, '\u0000', T4_HEADER))
	};
	if (!found.t2 && !found.t3 && !found.t4) {
		return {
			ok: false,
			report: null,
			issues: [
				{
					rule: 'parse.not_report',
					level: 'error',
					path: '',
					message: '未识别为政府信息公开工作年度报告：未找到表二、表三、表四中的任何一张表',
					message_en: 'Not an annual report: none of tables 2–4 found.'
				}
			]
		};
	}
	for (const [key, ok] of Object.entries(found))
		if (!ok)
			b.issue('parse.table_missing', 'error', TABLE_NAMES[key as keyof typeof found], [
				`未找到${TABLE_NAMES[key as keyof typeof found]}或其中没有数值，该表各单元格记为缺失`,
				`${TABLE_EN[key as keyof typeof found]} not found or without numbers; its cells count as missing.`
			]);
	for (const f of fieldsOf(format)) {
		if (b.has(f.id)) continue;
		b.values[f.id] = null;
		b.cells[f.id] = { state: 'missing', raw: '' };
	}
	const report: Report = {
		organ_name: organ,
		year,
		format_version: format,
		region_code: findRegionCode(organ, fullText, opts.regions ?? []),
		values: b.values,
		cells: b.cells
	};
	if (!organ)
		b.issue('parse.no_title', 'warning', '标题', [
			'未找到报告标题中的机关名称和年度',
			'The organ name and year were not found in a title.'
		]);
	const narrative = grid
		.slice(0, sections.t2?.[0] ?? sections.t3?.[0] ?? 0)
		.map((r) => r.join(''))
		.join('\n');
	const reports = countTable3Headings(grid);
	if (reports > 1)
		b.issue('parse.multiple_reports', 'warning', '', [
			`文件中似乎有 ${reports} 份年度报告（表三出现 ${reports} 次）：只读取了第一份${organ ? `（${organ}${year ?? ''}）` : ''}，其余未读取，请拆开后分别导入`,
			`The file seems to hold ${reports} reports; only the first was read. Import them one by one.`
		]);
	unreadableValues(b, grid, sections.t2, '表二');
	unreadableValues(b, grid, sections.t4, '表四');
	const { coverage, issues: unread } = measureCoverage(report, format);
	const issues = [
		...b.issues,
		...unread,
		...validateReport(report),
		...checkNarrative(narrative, report)
	];
	return { ok: true, report, issues, coverage, ...(opts.keepText ? { text: fullText } : {}) };
}

/** Parses report text: plain text (PDF-extracted or Word-flattened), Markdown or HTML. */
export function parseText(source: string, kind: TextKind, opts: ParseOptions = {}): ParseResult {
	const text = normaliseGlyphs(source);
	const grid =
		kind === 'html'
			? gridFromHtml(text)
			: kind === 'md'
				? gridFromMarkdown(text)
				: gridFromText(text);
	const plain = kind === 'html' ? grid.map((r) => r.join(' ')).join('\n') : text;
	return parseGrid(grid, plain, opts);
}
