import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';
import { metricAggregates } from './metric-sql';
import { originCounts, reportCount, sourceOf } from './source';
import type { Query } from './sql';
import { filtersToWhere, type Filter } from './where';

export interface KpiRow {
	year: number;
	n_reports: number;
	n_demo: number;
	n_real: number;
	[key: string]: number;
}

/**
 * Several metrics at once for the selection, for `year` and the year before (year-on-year change):
 * `<i>_num`, `<i>_den`, `<i>_blank` per metric index `i`. Metrics not printed in a year's format
 * (fees before 2021) give null there.
 */
export function kpis(
	state: Filter & Pick<ViewState, 'year'>,
	metrics: readonly Metric[],
	year = state.year
): Query {
	const w = filtersToWhere({ ...state, from: year - 1, to: year }, { selection: true });
	const s = sourceOf(state);
	const cols = metrics.flatMap((m, i) => {
		// Formats come from the schema, never from the URL.
		const only =
			m.formats.length < 2
				? `format_version IN (${m.formats.map((f) => `'${f}'`).join(', ')})`
				: 'TRUE';
		const { num, den, blank } = metricAggregates(m, only, s);
		return [`${num} AS m${i}_num`, `${den} AS m${i}_den`, `${blank} AS m${i}_blank`];
	});
	return {
		sql: `SELECT year, ${reportCount(s)}::INTEGER AS n_reports, ${originCounts(s)},
	${cols.join(',\n\t')}
FROM ${s.table} WHERE ${w.sql}
GROUP BY year ORDER BY year`,
		params: w.params
	};
}
