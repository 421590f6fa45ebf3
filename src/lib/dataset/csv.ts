import Papa from 'papaparse';
import type { Columns } from './tables';

/** A spreadsheet would run a text cell beginning with these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

const unparse = (data: unknown[][]) =>
	Papa.unparse(data, { newline: '\n', escapeFormulae: FORMULA_START }) + '\n';

/**
 * The published CSV format, written in chunks (build script) or at once (browser export): UTF-8
 * with BOM so Excel opens the Chinese; blank stays blank, never 0; a text cell never begins a
 * formula (it gets a leading apostrophe, as spreadsheets expect).
 */
export const csvHeader = (columns: Columns): string =>
	'\ufeff' + unparse([columns.map((c) => c.id)]);

export function csvRows(columns: Columns, rows: readonly object[]): string {
	if (!rows.length) return '';
	return unparse(rows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c.id] ?? null)));
}

export const toCsv = (columns: Columns, rows: readonly object[]): string =>
	csvHeader(columns) + csvRows(columns, rows);
