import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { fieldSum, anyNull, type Query } from './sql';
import { filtersToWhere } from './where';

export interface KpiRow {
	year: number;
	n_reports: number;
	n_demo: number;
	[key: string]: number;
}

/**
 * Several metrics at once for the selection, for `year` and the year before (year-on-year change):
 * `<i>_num`, `<i>_den`, `<i>_blank` per metric index `i`. Metrics not printed in a year's format
 * (fees before 2021) give null there.
 */
export function kpis(state: ViewState, metrics: readonly Metric[], year = state.year): Query {
	const w = filtersToWhere({ ...state, from: year - 1, to: year }, { selection: true });
	const cols = metrics.flatMap((m, i) => {
		const ok =
			m.formats.length < 2
				? `format_version IN (${m.formats.map((f) => `'${f}'`).join(', ')})`
				: 'TRUE';
		const den = m.denominator
			? `SUM(${fieldSum(m.denominator)}) FILTER (WHERE ${ok})::DOUBLE`
			: 'NULL::DOUBLE';
		return [
			`SUM(${fieldSum(m.numerator)}) FILTER (WHERE ${ok})::DOUBLE AS m${i}_num`,
			`${den} AS m${i}_den`,
			`COUNT(*) FILTER (WHERE ${ok} AND (${anyNull([...m.numerator, ...(m.denominator ?? [])])}))::INTEGER AS m${i}_blank`
		];
	});
	return {
		sql: `SELECT year, COUNT(*)::INTEGER AS n_reports, COUNT(*) FILTER (WHERE data_origin <> 'real')::INTEGER AS n_demo,
	${cols.join(',\n\t')}
FROM reports WHERE ${w.sql}
GROUP BY year ORDER BY year`,
		params: w.params
	};
}
