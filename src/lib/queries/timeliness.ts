import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { fieldSum } from './sql';
import type { Query } from './sql';
import { filtersToWhere } from './where';

export interface TimelinessYearRow {
	year: number;
	on_time: number;
	late: number;
	unknown: number;
	/** Mean days after the deadline of the late reports. */
	mean_days_late: number | null;
	n_demo: number;
}

/** Reports of the selection by year: published on time, late, or on an unknown date. */
export function timelinessByYear(state: ViewState): Query {
	const w = filtersToWhere(state, { selection: true });
	return {
		sql: `SELECT year,
	COUNT(*) FILTER (WHERE days_late <= 0)::INTEGER AS on_time,
	COUNT(*) FILTER (WHERE days_late > 0)::INTEGER AS late,
	COUNT(*) FILTER (WHERE days_late IS NULL)::INTEGER AS unknown,
	AVG(days_late) FILTER (WHERE days_late > 0)::DOUBLE AS mean_days_late,
	COUNT(*) FILTER (WHERE data_origin <> 'real')::INTEGER AS n_demo
FROM reports WHERE ${w.sql} GROUP BY year ORDER BY year`,
		params: w.params
	};
}

export interface LateReportRow {
	report_id: string;
	region_code: string;
	region_name: string;
	organ_name: string | null;
	published_on: string;
	published_basis: string;
	due_on: string;
	days_late: number;
	data_origin: string;
}

/** Reports of the selection's year published after their deadline, latest first. */
export function lateReports(state: ViewState, limit = 200): Query {
	const w = filtersToWhere(state, { selection: true, year: state.year });
	return {
		sql: `SELECT report_id, region_code, region_name, organ_name, published_on, published_basis, due_on, days_late, data_origin
FROM reports WHERE ${w.sql} AND days_late > 0 ORDER BY days_late DESC, region_code LIMIT ${limit}`,
		params: w.params
	};
}

export interface BandRow {
	/** `0`–`9`: the rate's tenth (0–10 %, …, 90–100 %); `small`: denominator below the guard; `blank`. */
	band: string;
	n: number;
	n_demo: number;
}

/** Bodies of the selection's year by the tenth their rate falls in; the sample-size guard sets small ones apart. */
export function rateBands(state: ViewState, m: Metric): Query {
	const w = filtersToWhere(state, { selection: true, year: state.year, metric: m });
	return {
		sql: `WITH x AS (SELECT ${fieldSum(m.numerator)}::DOUBLE AS num, ${fieldSum(m.denominator ?? [])}::DOUBLE AS den, data_origin
	FROM reports WHERE ${w.sql})
SELECT CASE WHEN num IS NULL OR den IS NULL THEN 'blank' WHEN den < ? OR den = 0 THEN 'small'
	ELSE CAST(LEAST(9, GREATEST(0, FLOOR(num / den * 10)))::INTEGER AS VARCHAR) END AS band,
	COUNT(*)::INTEGER AS n, COUNT(*) FILTER (WHERE data_origin <> 'real')::INTEGER AS n_demo
FROM x GROUP BY band ORDER BY band`,
		params: [...w.params, Math.max(1, state.minN)]
	};
}

export interface TimelinessAreaRow {
	area_code: string;
	year: number;
	on_time: number;
	late: number;
	unknown: number;
}

/**
 * On time / late / unknown by the area above the selection's level (counties by their city,
 * cities by their province; provinces nationally) and year: where a supervisor's chasing is needed.
 */
export function timelinessByArea(state: ViewState): Query {
	const w = filtersToWhere(state, { selection: true });
	const area =
		state.level === 'county'
			? 'parent_code'
			: state.level === 'prefecture'
				? 'province_code'
				: "'000000'";
	return {
		sql: `SELECT ${area} AS area_code, year,
	COUNT(*) FILTER (WHERE days_late <= 0)::INTEGER AS on_time,
	COUNT(*) FILTER (WHERE days_late > 0)::INTEGER AS late,
	COUNT(*) FILTER (WHERE days_late IS NULL)::INTEGER AS unknown
FROM reports WHERE ${w.sql} GROUP BY ALL ORDER BY area_code, year`,
		params: w.params
	};
}
