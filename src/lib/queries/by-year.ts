import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { metricColumns } from './metric-sql';
import type { AggregateRow } from './selection';
import { placeholders, type Query } from './sql';
import { sourceOf } from './source';
import { filtersToWhere, type Filter } from './where';

export type ByYearRow = AggregateRow & { region_code: string; region_name: string; year: number };

/** One metric per region and year, for the selected regions (each region's own reports). */
export function byYear(state: Filter & Pick<ViewState, 'regions'>, m: Metric): Query {
	const where = filtersToWhere(state, { metric: m });
	const codes = state.regions.length ? state.regions : [''];
	// Picked regions of a lower level: each region's departments (or townships) summed.
	const s = sourceOf({ ...state, parent: null });
	return {
		sql: `SELECT region_code, any_value(region_name) AS region_name, year,
	${metricColumns(m, s)}
FROM ${s.table}
WHERE ${where.sql} AND region_code IN (${placeholders(codes.length)})
GROUP BY region_code, year
ORDER BY region_code, year`,
		params: [...where.params, ...codes]
	};
}
