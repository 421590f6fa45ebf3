import type { Metric } from '$lib/metrics/metrics';
import { aggregateBlank } from './aggregates';
import { originCounts, reportCount, type Source } from './source';
import { anyNull, fieldSum } from './sql';

/**
 * A metric's aggregates over a group of reports, optionally only over rows matching `only`:
 * the summed numerator and denominator, and the count of reports where a cell of the metric was
 * blank (left out of the sums, never counted as 0).
 */
export function metricAggregates(m: Metric, only?: string, source?: Source) {
	const filtered = (agg: string) => (only ? `${agg} FILTER (WHERE ${only})` : agg);
	const nulls = anyNull([...m.numerator, ...(m.denominator ?? [])]);
	// Aggregate rows hold per-field sums under the fields' names: the same SUM adds them up.
	return {
		num: `${filtered(`SUM(${fieldSum(m.numerator)})`)}::DOUBLE`,
		den: m.denominator ? `${filtered(`SUM(${fieldSum(m.denominator)})`)}::DOUBLE` : 'NULL::DOUBLE',
		blank: source?.aggregated
			? `COALESCE(${filtered(`SUM(${aggregateBlank(m)})`)}, 0)::INTEGER`
			: `COUNT(*) FILTER (WHERE ${only ? `${only} AND (${nulls})` : nulls})::INTEGER`
	};
}

/** Synthetic demo reports and real reports in a group (the rest were imported by the user). */
export const ORIGIN_COUNTS = `COUNT(*) FILTER (WHERE data_origin = 'synthetic')::INTEGER AS n_demo,
	COUNT(*) FILTER (WHERE data_origin = 'real')::INTEGER AS n_real`;

/**
 * Aggregate columns for a metric over the reports of a group: `num`, `den` (rates), `value`,
 * `n_reports`, `n_blank`, `n_demo` (synthetic reports in the group) and `n_real`.
 */
export function metricColumns(m: Metric, source?: Source): string {
	const { num, den, blank } = metricAggregates(m, undefined, source);
	const value = m.kind === 'rate' ? `${num} / NULLIF(${den}, 0)` : num;
	return [
		`${num} AS num`,
		`${den} AS den`,
		`${value} AS value`,
		source ? `${reportCount(source)}::INTEGER AS n_reports` : 'COUNT(*)::INTEGER AS n_reports',
		`${blank} AS n_blank`,
		source ? originCounts(source) : ORIGIN_COUNTS
	].join(',\n\t');
}
