import type { ParsedReportResult, ParsedTableResult } from './messages';
import type { ImportedReport } from './record';

/** A freshly read report, waiting for the user's review. */
export function recordFromReport(
	file: string,
	hash: string,
	size: number,
	at: number,
	r: ParsedReportResult
): ImportedReport {
	return {
		hash,
		file,
		size,
		importedAt: new Date(at).toISOString(),
		parsed: r.report,
		parseIssues: r.issues,
		region: r.region,
		scope: r.scope,
		year: r.report.year,
		candidates: r.candidates,
		scopeReason: r.scopeReason,
		corrections: [],
		status: 'review',
		replaces: null
	};
}

/** A row of an imported table: its columns already say region, year and scope, so it joins at once. */
export function recordFromTableRow(
	file: string,
	row: ParsedTableResult['reports'][number],
	at: number
): ImportedReport {
	return {
		hash: row.hash,
		file: `${file} 第 ${row.row} 行`,
		size: 0,
		importedAt: new Date(at).toISOString(),
		parsed: row.report,
		parseIssues: row.issues,
		region: row.region,
		scope: row.scope,
		year: row.report.year,
		candidates: [],
		scopeReason: '表中“统计口径”列',
		corrections: [],
		status: row.region ? 'accepted' : 'review',
		replaces: null,
		id: row.report_id,
		source: row.source
	};
}
