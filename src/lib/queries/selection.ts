import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { metricColumns } from './metric-sql';
import type { Query } from './sql';
import { filtersToWhere, type Filter } from './where';

export interface AggregateRow {
	num: number | null;
	den: number | null;
	value: number | null;
	n_reports: number;
	n_blank: number;
	n_demo: number;
	n_real: number;
}

export type TrendRow = AggregateRow & { year: number };
export type RegionValueRow = AggregateRow & {
	region_code: string;
	region_name: string;
	province_code: string;
};
export type ProvinceValueRow = AggregateRow & { province_code: string };

/** The selection (one level, one scope, under the drill-down parent) summed per year. */
export function trend(state: Filter, m: Metric): Query {
	const w = filtersToWhere(state, { metric: m, selection: true });
	return {
		sql: `SELECT year, ${metricColumns(m)}\nFROM reports WHERE ${w.sql}\nGROUP BY year ORDER BY year`,
		params: w.params
	};
}

/** One value per region of the selection for one year (rank, top/bottom, distribution). */
export function byRegion(
	state: Filter & Pick<ViewState, 'year'>,
	m: Metric,
	year = state.year
): Query {
	const w = filtersToWhere(state, { metric: m, year, selection: true });
	return {
		sql: `SELECT region_code, any_value(region_name) AS region_name, any_value(province_code) AS province_code,
	${metricColumns(m)}
FROM reports WHERE ${w.sql}
GROUP BY region_code ORDER BY value DESC NULLS LAST, region_code`,
		params: w.params
	};
}

/** One value per province for the tile map: the level's reports summed within each province. */
export function byProvince(
	state: Filter & Pick<ViewState, 'year'>,
	m: Metric,
	year = state.year
): Query {
	const w = filtersToWhere({ ...state, parent: null }, { metric: m, year, selection: true });
	return {
		sql: `SELECT province_code, ${metricColumns(m)}\nFROM reports WHERE ${w.sql}\nGROUP BY province_code ORDER BY province_code`,
		params: w.params
	};
}
