import { field, fieldsOf, t3, type FieldId, type FormatVersion, type Report } from '$lib/report';
import type { Issue } from '$lib/report';

export type TableKey = 't2' | 't3' | 't4';

/** Cells read (a number, blank or n/a) of the cells the detected format prints, per table. */
export type Coverage = Record<TableKey, { read: number; printed: number }>;

const TABLE_ZH: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' };
const OTHER_SUBS = ['res_other_no_correction', 'res_other_fee_unpaid', 'res_other_misc'] as const;

/**
 * The cells a report of this format prints. （六）其他处理 is printed either as one row (2019, some
 * 2021 reports) or as three sub-rows whose sum the contract derives: whichever the report printed.
 */
function printedFields(report: Report, format: FormatVersion): FieldId[] {
	const singleOther =
		format === '2019' ||
		(!OTHER_SUBS.some((r) => report.cells[t3(r, 'total')]?.state !== 'missing') &&
			report.cells[t3('res_other_total', 'total')]?.state !== 'missing' &&
			report.cells[t3('res_other_total', 'total')]?.note === undefined);
	return fieldsOf(format)
		.filter((f) => {
			if (f.id.startsWith('t3_res_other_total__')) return singleOther;
			if (OTHER_SUBS.some((r) => f.id.startsWith(`t3_${r}__`))) return !singleOther;
			return (format === '2019' ? f.in2019 : f.in2021) !== 'D';
		})
		.map((f) => f.id);
}

/** A cell named as printed: 「表三 · 自然人 · （三）不予公开 · 3.危及“三安全一稳定”」. */
export function cellName(id: FieldId): string {
	const f = field(id);
	const [path = '', column] = f.zh.replace(/（\d{4}[格:：][^）]*）/g, '').split(' × ');
	const parts = [
		TABLE_ZH[`t${f.table}` as TableKey],
		column?.split(' / ').pop(),
		...path.split(' / ')
	];
	return parts.filter(Boolean).join(' · ');
}

/** The unread cells named, a table-3 row whose seven cells are all unread as one row. */
function unreadNames(ids: FieldId[]): string[] {
	const byRow = new Map<string, FieldId[]>();
	for (const id of ids) {
		const row = id.startsWith('t3_') ? id.replace(/__.*/, '') : id;
		byRow.set(row, [...(byRow.get(row) ?? []), id]);
	}
	return [...byRow.values()].flatMap((cells) =>
		cells.length === 7
			? [`「${cellName(cells[0]!).replace(/^表三 · [^·]+ · /, '表三 · ')}」整行`]
			: cells.map((id) => `「${cellName(id)}」`)
	);
}

const LISTED = 12;

/** Coverage per table, and an error naming the unread cells of every table not read in full. */
export function measureCoverage(
	report: Report,
	format: FormatVersion
): { coverage: Coverage; issues: Issue[] } {
	const coverage: Coverage = {
		t2: { read: 0, printed: 0 },
		t3: { read: 0, printed: 0 },
		t4: { read: 0, printed: 0 }
	};
	const unread: Record<TableKey, FieldId[]> = { t2: [], t3: [], t4: [] };
	for (const id of printedFields(report, format)) {
		const table = `t${field(id).table}` as TableKey;
		coverage[table].printed++;
		if ((report.cells[id]?.state ?? 'missing') === 'missing') unread[table].push(id);
		else coverage[table].read++;
	}
	const issues: Issue[] = [];
	for (const table of ['t2', 't3', 't4'] as const) {
		const missing = unread[table];
		if (!missing.length) continue;
		const { read, printed } = coverage[table];
		const all = unreadNames(missing);
		const names = all.slice(0, LISTED);
		const more = all.length > LISTED ? `等（共 ${missing.length} 个单元格）` : '';
		issues.push({
			rule: 'parse.coverage',
			level: 'error',
			path: TABLE_ZH[table],
			...(read === 0
				? {
						message: `${TABLE_ZH[table]}未读出任何单元格（0/${printed}），各单元格记为缺失，不是 0`,
						message_en: `Table ${table[1]}: no cell read (0/${printed}); the cells count as missing, not 0.`
					}
				: {
						message: `${TABLE_ZH[table]}只读出 ${read}/${printed} 个单元格；未读出${names.join('、')}${more}，记为缺失，不是 0`,
						message_en: `Table ${table[1]}: ${read}/${printed} cells read; ${missing.length} not read count as missing, not 0.`
					}),
			fields: missing
		});
	}
	return { coverage, issues };
}
