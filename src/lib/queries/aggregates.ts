import { DERIVED_METRICS, type Metric } from '$lib/metrics/metrics';
import { FIELD_IDS } from '$lib/report';
import { anyNull, ident } from './sql';

/**
 * Precomputed sums of the lower bodies (departments, townships) by the government they belong
 * to × year × scope (and the other columns a filter reads), so a national comparison reads a few
 * thousand rows instead of a million. Each measure keeps its sum AND how many reports gave a
 * value (`n__<field>`), and each derived metric how many reports left one of its cells blank
 * (`blank__<metric>`): a blank is never silently a 0, and a partial sum stays visible.
 */
export const AGG_GROUP = [
	'body_level',
	'region_code',
	'year',
	'scope',
	'format_version',
	'data_origin',
	'hard_ok'
] as const;

/** Region columns carried along (one value per region). */
export const AGG_REGION = ['region_name', 'region_level', 'province_code', 'parent_code'] as const;

export const countColumn = (id: string) => `"n__${id}"`;
export const blankColumn = (metricId: string) => `"blank__${metricId}"`;

/** `SELECT … GROUP BY` that builds an aggregate table from detail rows in `from`. */
export function aggregateSql(from: string): string {
	const cols = [
		...AGG_GROUP,
		...AGG_REGION.map((c) => `any_value(${c}) AS ${c}`),
		'COUNT(*)::INTEGER AS n_reports',
		...FIELD_IDS.map((id) => `SUM(${ident(id)})::DOUBLE AS ${ident(id)}`),
		...FIELD_IDS.map((id) => `COUNT(${ident(id)})::INTEGER AS ${countColumn(id)}`),
		...DERIVED_METRICS.map(
			(m) => `COUNT(*) FILTER (WHERE ${anyNull(fieldsOf(m))})::INTEGER AS ${blankColumn(m.id)}`
		)
	];
	return `SELECT ${cols.join(',\n\t')}
FROM ${from}
GROUP BY ${AGG_GROUP.join(', ')}
ORDER BY ${AGG_GROUP.join(', ')}`;
}

export const fieldsOf = (m: Metric) => [...new Set([...m.numerator, ...(m.denominator ?? [])])];

/**
 * Reports of an aggregate group where a cell of the metric was blank: one field's count of
 * values gives it directly; a derived metric's was counted when the table was built.
 */
export function aggregateBlank(m: Metric): string {
	const fields = fieldsOf(m);
	if (fields.length === 1) return `n_reports - ${countColumn(fields[0]!)}`;
	if (!DERIVED_METRICS.some((d) => d.id === m.id)) throw new Error(`no blank count for ${m.id}`);
	return blankColumn(m.id);
}
