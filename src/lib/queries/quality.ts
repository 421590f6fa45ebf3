import type { ViewState } from '$lib/url/state';
import type { Query } from './sql';
import { filtersToWhere } from './where';

const regionScope = (state: ViewState) => {
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
export function coverage(state: ViewState, limit = 400): Query {
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

/** Hard-identity failures by rule and year, within the selection. */
export function failuresByRule(state: ViewState): Query {
	const w = filtersToWhere(state, { selection: true, alias: 'r' });
	return {
		sql: `SELECT v.rule, r.year, COUNT(DISTINCT v.report_id)::INTEGER AS n
FROM validation v JOIN reports r USING (report_id)
WHERE ${w.sql} AND v.outcome = 'fail'
GROUP BY v.rule, r.year ORDER BY v.rule, r.year`,
		params: w.params
	};
}

/** Share of reports failing a hard identity, per province, within the selection's level. */
export function failuresByProvince(state: ViewState): Query {
	const w = filtersToWhere({ ...state, parent: null }, { selection: true });
	return {
		sql: `SELECT province_code, COUNT(*)::INTEGER AS n_reports, COUNT(*) FILTER (WHERE NOT hard_ok)::INTEGER AS n_failing
FROM reports WHERE ${w.sql} GROUP BY province_code ORDER BY province_code`,
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
	first_message: string;
}

/** Reports failing at least one identity, with which ones, for supervisors to chase. */
export function failingReports(state: ViewState, limit = 200): Query {
	const w = filtersToWhere(state, { selection: true, alias: 'r' });
	return {
		sql: `SELECT r.report_id, r.region_code, any_value(r.region_name) AS region_name, any_value(r.year) AS year,
	any_value(r.data_origin) AS data_origin, string_agg(DISTINCT v.rule, ' ') AS rules, min(v.message) AS first_message
FROM reports r JOIN validation v USING (report_id)
WHERE ${w.sql} AND v.outcome = 'fail'
GROUP BY r.report_id, r.region_code ORDER BY year DESC, r.region_code LIMIT ${limit}`,
		params: w.params
	};
}
