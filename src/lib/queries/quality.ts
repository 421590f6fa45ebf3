import type { ViewState } from '$lib/url/state';
import type { Query } from './sql';
import { filtersToWhere, type Filter } from './where';

/** What the quality view filters on. */
export type QualityFilter = Filter;

const regionScope = (state: QualityFilter) => {
	const parts = ['g.level = ?'];
	const params: unknown[] = [state.level];
	if (state.parent) {
		parts.push(state.parent.endsWith('0000') ? 'g.province_code = ?' : 'g.parent_code = ?');
		params.push(state.parent);
	}
	return { sql: parts.join(' AND '), params };
};

export interface CoverageRow {
	code: string;
	name: string;
	year: number;
	status: 'ok' | 'failing' | 'missing';
	data_origin: string | null;
}

/** Bodies × years of the selection: present and passing, failing a hard identity, or missing. */
export function coverage(state: QualityFilter, limit = 400): Query {
	const g = regionScope(state);
	const years = Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i);
	const w = filtersToWhere(state);
	return {
		sql: `WITH bodies AS (SELECT g.code, g.name FROM regions g WHERE ${g.sql} ORDER BY g.code LIMIT ${limit}),
years AS (SELECT unnest([${years.join(', ')}]) AS year),
r AS (SELECT region_code, year, bool_and(hard_ok) AS ok, any_value(data_origin) AS data_origin FROM reports WHERE ${w.sql} GROUP BY region_code, year)
SELECT b.code, b.name, y.year,
	CASE WHEN r.region_code IS NULL THEN 'missing' WHEN r.ok THEN 'ok' ELSE 'failing' END AS status,
	r.data_origin
FROM bodies b CROSS JOIN years y LEFT JOIN r ON r.region_code = b.code AND r.year = y.year
ORDER BY b.code, y.year`,
		params: [...g.params, ...w.params]
	};
}

/**
 * Failures by rule and year, within the selection: error-level findings only, as the list to chase
 * counts them (warnings such as a year-on-year jump are shown on the profile, not counted here).
 */
export function failuresByRule(state: QualityFilter): Query {
	const w = filtersToWhere(state, { selection: true, alias: 'r' });
	return {
		sql: `SELECT v.rule, r.year, COUNT(DISTINCT v.report_id)::INTEGER AS n
FROM validation v JOIN reports r USING (report_id)
WHERE ${w.sql} AND v.outcome = 'fail' AND v.level = 'error'
GROUP BY v.rule, r.year ORDER BY v.rule, r.year`,
		params: w.params
	};
}

/**
 * The area a report is counted under in the per-area table: provinces nationally, then one level
 * below the drill-down parent (a province's prefectures, a prefecture's counties).
 */
export function areaColumn(state: Pick<ViewState, 'level' | 'parent'>): string {
	if (!state.parent) return 'province_code';
	if (state.parent.endsWith('0000') && state.level === 'county') return 'parent_code';
	return 'region_code';
}

/**
 * Share of reports failing a hard identity per area, within the same selection (level and
 * drill-down parent) as the grid and the list, so that the three agree.
 */
export function failuresByArea(state: QualityFilter): Query {
	const w = filtersToWhere(state, { selection: true });
	const area = areaColumn(state);
	return {
		sql: `SELECT ${area} AS area_code, COUNT(*)::INTEGER AS n_reports, COUNT(*) FILTER (WHERE NOT hard_ok)::INTEGER AS n_failing
FROM reports WHERE ${w.sql} GROUP BY ${area} ORDER BY ${area}`,
		params: w.params
	};
}

export interface FailingReportRow {
	report_id: string;
	region_code: string;
	region_name: string;
	year: number;
	data_origin: string;
	rules: string;
	/** Every failing finding as `rule<TAB>message`, one a line, in rule order (null: no message). */
	messages: string | null;
	/** Failing reports in the selection (the list shows at most `limit`). */
	n_total: number;
}

/**
 * Reports failing a hard identity (the grid's "failing"), with which identities and why (every
 * finding, not one per report), for supervisors to chase.
 */
export function failingReports(state: QualityFilter, limit = 200): Query {
	const w = filtersToWhere(state, { selection: true, alias: 'r' });
	return {
		sql: `SELECT r.report_id, r.region_code, any_value(r.region_name) AS region_name, any_value(r.year) AS year,
	any_value(r.data_origin) AS data_origin, string_agg(DISTINCT v.rule, ' ' ORDER BY v.rule) AS rules,
	string_agg(v.rule || chr(9) || v.message, chr(10) ORDER BY v.rule, v.message) AS messages,
	(COUNT(*) OVER ())::INTEGER AS n_total
FROM reports r JOIN validation v USING (report_id)
WHERE ${w.sql} AND NOT r.hard_ok AND v.outcome = 'fail' AND v.level = 'error'
GROUP BY r.report_id, r.region_code ORDER BY year DESC, r.region_code LIMIT ${limit}`,
		params: w.params
	};
}
