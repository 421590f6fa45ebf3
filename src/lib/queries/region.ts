import type { Query } from './sql';

/** Every report of one region, all scopes and years (the region profile). */
export const regionReports = (code: string): Query => ({
	sql: `SELECT * FROM reports WHERE region_code = ? ORDER BY year, scope`,
	params: [code]
});

/** Findings for a region's reports (everything but passes). */
export const regionFindings = (code: string): Query => ({
	sql: `SELECT v.report_id, r.year, r.scope, v.rule, v.outcome, v.level, v.path, v.message, v.fields
FROM validation v JOIN reports r USING (report_id)
WHERE r.region_code = ? AND v.outcome NOT IN ('pass', 'n/a')
ORDER BY r.year, v.rule, v.path`,
	params: [code]
});
