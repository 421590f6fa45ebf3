import type { Lang } from '$lib/i18n';
import { tc } from '$lib/i18n/checks';
import { safeCell, type Count } from '$lib/views/corrections';

export interface Workbook {
	title: string;
	link: string;
	demo: boolean;
	rows: Record<string, string | number | null>[];
	byRule: Count[];
	byBody: Count[];
	lang: Lang;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The correction list as an Excel workbook (exceljs, loaded only when asked for). */
export async function xlsxBlob(w: Workbook): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	book.created = new Date();
	const list = book.addWorksheet(w.lang === 'en' ? 'Corrections' : '整改清单');
	const headers = Object.keys(w.rows[0] ?? {});
	list.addRow([w.title]).font = { bold: true, size: 14 };
	list.addRow([w.link]);
	if (w.demo)
		list.addRow([
			w.lang === 'en'
				? 'Includes synthetic demo data, not real reports.'
				: '含合成的演示数据（非真实报告），不能作为事实引用。'
		]);
	list.addRow([]);
	list.addRow(headers).font = { bold: true };
	for (const r of w.rows) list.addRow(headers.map((h) => safeCell(r[h] ?? null)));
	list.columns.forEach((c, i) => {
		c.width = [24, 10, 28, 10, 28, 18, 28, 24, 8, 10, 60][i] ?? 16;
	});
	const counts = (name: string, rows: Count[]) => {
		const s = book.addWorksheet(name);
		s.addRow([
			tc(w.lang, name === tc(w.lang, 'byRule') ? 'rule' : 'body'),
			w.lang === 'en' ? 'Findings' : '问题数'
		]).font = { bold: true };
		for (const r of rows) s.addRow([safeCell(r.label), r.n]);
		s.getColumn(1).width = 40;
	};
	counts(tc(w.lang, 'byRule'), w.byRule);
	counts(tc(w.lang, 'byBody'), w.byBody);
	return new Blob([await book.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
