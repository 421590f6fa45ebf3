import type { FormatVersion } from '$lib/report';
import { FORMAT_MARKERS, lastMatch, T2_ROWS } from './aliases';
import type { ReportBuilder } from './report-builder';
import { fitCells, type Run } from './runs';

/** Which format's table 2 was printed, from the column headers alone (null when none is seen). */
export function detectFormat(headerText: string): FormatVersion | null {
	const score = (f: FormatVersion) =>
		FORMAT_MARKERS[f].filter((m) => lastMatch(headerText, [m]).end >= 0).length;
	const [s2019, s2021] = [score('2019'), score('2021')];
	if (s2019 === 0 && s2021 === 0) return null;
	return s2019 > s2021 ? '2019' : '2021';
}

// 元 printed where the format expects 万元 (2019 procurement amounts vary; fees occasionally).
const amountScale = (label: string, unit?: string) =>
	(unit ?? (/单位[:：]?元|\(元\)|（元）/.test(label) ? '元' : '万元')) === '元' ? 1e-4 : 1;

export function readTable2(b: ReportBuilder, runs: Run[], format: FormatVersion): boolean {
	const rows = T2_ROWS[format];
	let pos = -1;
	let lastBlank = false;
	let header = '';
	for (const run of runs) {
		header += run.label;
		let best = { index: -1, end: -1 };
		for (let i = pos + 1; i < rows.length; i++) {
			const m = lastMatch(run.label, rows[i]!.aliases);
			if (m.end > best.end) best = { index: i, end: m.end };
		}
		if (best.index < 0 && lastBlank && run.label === '' && !run.blankOnly) best.index = pos;
		const row = rows[best.index];
		if (!row) continue;
		pos = best.index;
		lastBlank = run.blankOnly === true;
		const cells = fitCells(run.cells, row.fields.length);
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
			b.set(id, cell, money ? amountScale(header, cell.unit) : 1);
		});
	}
	return pos >= 0;
}
