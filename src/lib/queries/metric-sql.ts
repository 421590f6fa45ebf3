import type { Metric } from '$lib/metrics/metrics';
import { anyNull, fieldSum } from './sql';

/**
 * Aggregate columns for a metric over the reports of a group: `num`, `den` (rates), `value`,
 * `n_reports`, `n_blank` (reports where a cell of the metric was blank: left out, not 0)
 * and `n_demo` (synthetic reports in the group).
 */
export function metricColumns(m: Metric): string {
	const num = `SUM(${fieldSum(m.numerator)})::DOUBLE`;
	const den = m.denominator ? `SUM(${fieldSum(m.denominator)})::DOUBLE` : 'NULL::DOUBLE';
	const value = m.kind === 'rate' ? `${num} / NULLIF(${den}, 0)` : num;
	const fields = [...m.numerator, ...(m.denominator ?? [])];
	return [
		`${num} AS num`,
		`${den} AS den`,
		`${value} AS value`,
		'COUNT(*)::INTEGER AS n_reports',
		`COUNT(*) FILTER (WHERE ${anyNull(fields)})::INTEGER AS n_blank`,
		`COUNT(*) FILTER (WHERE data_origin <> 'real')::INTEGER AS n_demo`
	].join(',\n\t');
}
