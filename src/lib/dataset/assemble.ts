import { isHardRule, type Issue, type Report } from '$lib/report';
import { validateReport, validateSeries } from '$lib/validate';
import { toWideRow, type ReportMeta, type WideRow } from './rows';
import { validationRowsOf, type ValidationRow } from './validation-rows';

/** A report plus the series it belongs to (body + scope + origin), for cross-year rules. */
export interface Entry {
	series: string;
	meta: ReportMeta;
	report: Report;
	/**
	 * The report's own findings when they are already known (the parser validates what it reads,
	 * a correction revalidates): validation runs once per report. Absent: validated here.
	 */
	issues?: Issue[];
}

export interface DatasetReport {
	series: string;
	meta: ReportMeta;
	report: Report;
	issues: Issue[];
	row: WideRow;
}

export interface Assembled {
	reports: DatasetReport[];
	validation: ValidationRow[];
}

/**
 * The one path from reports to dataset rows (build script and browser import): each report's
 * findings plus the cross-year findings of its series, the wide row, and the validation rows.
 * Output is in report-id order.
 */
export function assemble(entries: readonly Entry[]): Assembled {
	const bySeriesYear = new Map(entries.map((e) => [`${e.series}|${e.report.year}`, e]));
	const seriesIssues = new Map<string, Issue[]>();
	const series = entries.map((e) => ({
		key: e.series,
		year: e.report.year ?? 0,
		report: e.report
	}));
	for (const s of validateSeries(series)) {
		const id = bySeriesYear.get(`${s.key}|${s.year}`)?.meta.report_id ?? '';
		seriesIssues.set(id, [...(seriesIssues.get(id) ?? []), s.issue]);
	}
	const reports: DatasetReport[] = entries.map((e) => {
		const own = e.issues ?? validateReport(e.report);
		const issues = [...own, ...(seriesIssues.get(e.meta.report_id) ?? [])];
		const hardOk = !issues.some((i) => isHardRule(i.rule) && i.level === 'error');
		const row = toWideRow(e.meta, e.report, hardOk);
		return { series: e.series, meta: e.meta, report: e.report, issues, row };
	});
	reports.sort((a, b) => a.meta.report_id.localeCompare(b.meta.report_id));
	const validation = reports.flatMap((r) =>
		validationRowsOf(
			r.meta.report_id,
			r.issues,
			bySeriesYear.has(`${r.series}|${(r.report.year ?? 0) - 1}`)
		)
	);
	return { reports, validation };
}
