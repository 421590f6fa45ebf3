import { HARD_RULES, SOFT_RULES, type Issue, type Report } from '../../src/lib/report';
import type { ReportMeta } from '../../src/lib/dataset/rows';

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

export const VALIDATION_COLUMNS = [
	{ id: 'report_id', type: 'VARCHAR' },
	{ id: 'rule', type: 'VARCHAR' },
	{ id: 'outcome', type: 'VARCHAR' },
	{ id: 'level', type: 'VARCHAR' },
	{ id: 'path', type: 'VARCHAR' },
	{ id: 'message', type: 'VARCHAR' },
	{ id: 'fields', type: 'VARCHAR' }
] as const;

const CROSS_RULES = SOFT_RULES.filter((r) => r.startsWith('cross.'));

interface Validated {
	meta: ReportMeta;
	report: Report;
	issues: Issue[];
}

/**
 * report × rule × outcome: one row per finding, one `pass` row per identity without findings.
 * Other findings (extraction warnings, narrative vs table) are listed as they were found.
 */
export function validationRows<T extends Validated>(
	reports: T[],
	hasPrevious: (r: T) => boolean
): ValidationRow[] {
	const rows: ValidationRow[] = [];
	for (const r of reports) {
		const id = r.meta.report_id;
		for (const rule of [...HARD_RULES, ...CROSS_RULES]) {
			const found = r.issues.filter((i) => i.rule === rule);
			if (found.length) {
				for (const i of found)
					rows.push({
						report_id: id,
						rule,
						outcome: 'fail',
						level: i.level,
						path: i.path,
						message: i.message,
						fields: i.fields?.join(' ') ?? null
					});
				continue;
			}
			const applicable = !rule.startsWith('cross.') || hasPrevious(r);
			rows.push({ report_id: id, rule, outcome: applicable ? 'pass' : 'n/a', level: null, path: null, message: null, fields: null });
		}
		const checked = new Set<string>([...HARD_RULES, ...CROSS_RULES]);
		for (const i of r.issues.filter((i) => !checked.has(i.rule)))
			rows.push({
				report_id: id,
				rule: i.rule,
				outcome: i.level === 'info' ? 'info' : 'fail',
				level: i.level,
				path: i.path,
				message: i.message,
				fields: i.fields?.join(' ') ?? null
			});
	}
	return rows;
}
