import type { Query } from './sql';

/** What the correction list is for: a region (its own body and every body below it) and a year. */
export interface CorrectionFilter {
	region: string;
	year: number;
	/** Copied-text share (0–1) at and above which a section is listed. */
	copyThreshold: number;
	/** Today (YYYY-MM-DD): a body without a report is listed once its deadline has passed. */
	today: string;
	/** Deadline (YYYY-MM-DD) of a government's report on `year` (checks/deadline). */
	governmentDue: string;
}

export interface CorrectionRow {
	report_id: string | null;
	region_code: string;
	region_name: string;
	organ_name: string | null;
	scope: string | null;
	data_origin: string | null;
	rule: string;
	level: string;
	path: string | null;
	message: string;
	fields: string | null;
	cell_states: string | null;
	/** Findings of the parser about the report's extraction (coverage, guessed format, missing tables). */
	extraction_findings: number;
	published_on: string | null;
	published_basis: string | null;
	due_on: string | null;
	days_late: number | null;
	section: number | null;
	share: number | null;
	other_report_id: string | null;
}

const BODIES = `SELECT code, name FROM regions WHERE code = ? OR parent_code = ? OR province_code = ?`;

/**
 * Every finding per body of a region and year, in one list: failed validation rules and the parser's
 * and text checks' findings (validation table), late publication (reports.days_late), copied sections
 * at or above the threshold (texts table), and bodies with no report once the deadline has passed.
 */
export function correctionList(f: CorrectionFilter): Query {
	const region = [f.region, f.region, f.region];
	return {
		sql: `WITH b AS (${BODIES}),
r AS (SELECT r.* FROM reports r JOIN b ON r.region_code = b.code WHERE r.year = ?),
x AS (SELECT report_id, COUNT(*)::INTEGER AS n FROM validation
	WHERE rule LIKE 'parse.%' AND level IN ('error', 'warning') AND report_id IN (SELECT report_id FROM r) GROUP BY report_id)
SELECT r.report_id, r.region_code, r.region_name, r.organ_name, r.scope, r.data_origin,
	v.rule, v.level, v.path, v.message, v.fields, r.cell_states, COALESCE(x.n, 0)::INTEGER AS extraction_findings,
	r.published_on, r.published_basis, r.due_on, r.days_late,
	NULL::INTEGER AS section, NULL::DOUBLE AS share, NULL::VARCHAR AS other_report_id
FROM r JOIN validation v USING (report_id) LEFT JOIN x USING (report_id)
WHERE v.outcome = 'fail' AND v.rule NOT LIKE 'copy.%'
UNION ALL
SELECT r.report_id, r.region_code, r.region_name, r.organ_name, r.scope, r.data_origin,
	'time.late', 'warning', '公开时间', NULL, NULL, r.cell_states, COALESCE(x.n, 0)::INTEGER,
	r.published_on, r.published_basis, r.due_on, r.days_late, NULL, NULL, NULL
FROM r LEFT JOIN x USING (report_id) WHERE r.days_late > 0
UNION ALL
SELECT r.report_id, r.region_code, r.region_name, r.organ_name, r.scope, r.data_origin,
	c.rule, 'warning', '第' || c.section || '部分', NULL, NULL, r.cell_states, COALESCE(x.n, 0)::INTEGER,
	r.published_on, r.published_basis, r.due_on, r.days_late, c.section, c.share, c.other
FROM r JOIN (
	SELECT report_id, section, 'copy.previous_year' AS rule, prev_share AS share, prev_report_id AS other FROM texts WHERE prev_share >= ?
	UNION ALL
	SELECT report_id, section, 'copy.peer', peer_share, peer_report_id FROM texts WHERE peer_share >= ?
) c USING (report_id) LEFT JOIN x USING (report_id)
UNION ALL
SELECT NULL, b.code, b.name, NULL, NULL, NULL, 'time.missing', 'error', '公开时间', NULL, NULL, NULL, 0,
	NULL, NULL, ?, NULL, NULL, NULL, NULL
FROM b WHERE ? > ? AND NOT EXISTS (SELECT 1 FROM r WHERE r.region_code = b.code)
ORDER BY region_code, report_id NULLS FIRST, rule, path, message`,
		params: [
			...region,
			f.year,
			f.copyThreshold,
			f.copyThreshold,
			f.governmentDue,
			f.today,
			f.governmentDue
		]
	};
}

export interface CheckedBody {
	code: string;
	name: string;
	/** Data origins of the body's reports that year, comma-separated (empty: no report). */
	origins: string;
	reports: number;
}

/** Every body of the region, with how many reports of the year (and of which origin) were checked. */
export function correctionBodies(f: Pick<CorrectionFilter, 'region' | 'year'>): Query {
	return {
		sql: `WITH b AS (${BODIES})
SELECT b.code, b.name, COALESCE(string_agg(DISTINCT r.data_origin, ',' ORDER BY r.data_origin), '') AS origins,
	COUNT(r.report_id)::INTEGER AS reports
FROM b LEFT JOIN reports r ON r.region_code = b.code AND r.year = ?
GROUP BY b.code, b.name ORDER BY b.code`,
		params: [f.region, f.region, f.region, f.year]
	};
}
