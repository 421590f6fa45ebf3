import type { Metric } from '$lib/metrics/metrics';
import { anyNull, fieldSum } from './sql';

/**
 * A metric's aggregates over a group of reports, optionally only over rows matching `only`:
 * the summed numerator and denominator, and the count of reports where a cell of the metric was
 * blank (left out of the sums, never counted as 0).
 */
export function metricAggregates(m: Metric, only?: string) {
	const filtered = (agg: string) => (only ? `${agg} FILTER (WHERE ${only})` : agg);
	const nulls = anyNull([...m.numerator, ...(m.denominator ?? [])]);
	return {
		num: `${filtered(`SUM(${fieldSum(m.numerator)})`)}::DOUBLE`,
		den: m.denominator ? `${filtered(`SUM(${fieldSum(m.denominator)})`)}::DOUBLE` : 'NULL::DOUBLE',
		blank: `COUNT(*) FILTER (WHERE ${only ? `${only} AND (${nulls})` : nulls})::INTEGER`
	};
}

/**
 * Aggregate columns for a metric over the reports of a group: `num`, `den` (rates), `value`,
 * `n_reports`, `n_blank` and `n_demo` (synthetic reports in the group).
 */
export function metricColumns(m: Metric): string {
	const { num, den, blank } = metricAggregates(m);
	const value = m.kind === 'rate' ? `${num} / NULLIF(${den}, 0)` : num;
	return [
		`${num} AS num`,
		`${den} AS den`,
		`${value} AS value`,
		'COUNT(*)::INTEGER AS n_reports',
		`${blank} AS n_blank`,
		`COUNT(*) FILTER (WHERE data_origin <> 'real')::INTEGER AS n_demo`
	].join(',\n\t');
}
