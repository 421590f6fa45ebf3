import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { metricColumns } from './metric-sql';
import type { Query } from './sql';
import { regionKey, sourceOf } from './source';
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
	const s = sourceOf(state);
	return {
		sql: `SELECT year, ${metricColumns(m, s)}\nFROM ${s.table} WHERE ${w.sql}\nGROUP BY year ORDER BY year`,
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
	const s = sourceOf(state);
	const r = regionKey(s);
	return {
		sql: `SELECT ${r.select}, any_value(province_code) AS province_code,
	${metricColumns(m, s)}
FROM ${s.table} WHERE ${w.sql}
GROUP BY ${r.key} ORDER BY value DESC NULLS LAST, ${r.key}`,
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
	const s = sourceOf({ ...state, parent: null });
	return {
		sql: `SELECT province_code, ${metricColumns(m, s)}\nFROM ${s.table} WHERE ${w.sql}\nGROUP BY province_code ORDER BY province_code`,
		params: w.params
	};
}
