import { HARD_RULES, SOFT_RULES, type Issue } from '$lib/report';

export interface ValidationRow {
	report_id: string;
	rule: string;
	outcome: 'pass' | 'fail' | 'n/a' | 'info';
	level: string | null;
	path: string | null;
	message: string | null;
	/** Space-separated field ids the finding is about, for highlighting. */
	fields: string | null;
}

const CROSS_RULES = SOFT_RULES.filter((r) => r.startsWith('cross.'));
const CHECKED = new Set<string>([...HARD_RULES, ...CROSS_RULES]);

const finding = (reportId: string, i: Issue, outcome: ValidationRow['outcome']): ValidationRow => ({
	report_id: reportId,
	rule: i.rule,
	outcome,
	level: i.level,
	path: i.path,
	message: i.message,
	fields: i.fields?.join(' ') ?? null
});

/**
 * One report's validation rows: one row per finding, one `pass` row per identity without
 * findings (`n/a` for a cross-year rule without a previous year). Other findings (extraction
 * warnings, narrative vs table) are listed as they were found.
 */
export function validationRowsOf(
	reportId: string,
	issues: readonly Issue[],
	hasPrevious: boolean
): ValidationRow[] {
	const rows: ValidationRow[] = [];
	for (const rule of CHECKED) {
		const found = issues.filter((i) => i.rule === rule);
		if (found.length) {
			for (const i of found) rows.push(finding(reportId, i, 'fail'));
			continue;
		}
		const applicable = !rule.startsWith('cross.') || hasPrevious;
		rows.push({
			report_id: reportId,
			rule,
			outcome: applicable ? 'pass' : 'n/a',
			level: null,
			path: null,
			message: null,
			fields: null
		});
	}
	for (const i of issues.filter((i) => !CHECKED.has(i.rule)))
		rows.push(finding(reportId, i, i.level === 'info' ? 'info' : 'fail'));
	return rows;
}
