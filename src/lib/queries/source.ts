import type { BodyLevel } from '$lib/dataset/bodies';
import { partitionTable, provinceKey } from '$lib/dataset/partitions';
import type { ViewState } from '$lib/url/state';

/** The part of the view state that decides which table (partition) a query reads. */
export type SourceFilter = Pick<ViewState, 'body' | 'parent'>;

export interface Source {
	/** The one table the query reads: `reports`, a province partition or an aggregate table. */
	table: string;
	/** Rows are precomputed sums (`aggregates.ts`): counts come from `n_reports`. */
	aggregated: boolean;
	/** Rows are lower bodies of one government: a "region" row is one body (`body_id`). */
	perBody: boolean;
	body: BodyLevel;
}

/** A county's code (a drill-down into one county lists its departments or townships). */
export const isCountyCode = (code: string) => /^\d{4}(?!00)\d{2}$/.test(code);

/**
 * Partition selection: the smallest table that answers a filter. Governments are `reports`. A
 * lower level under one county reads its province's detail partition (each department or township
 * is a row); any other selection of a lower level (national, a province, a prefecture, picked
 * regions) reads that level's sums by region, never the million detail rows. Levels are never
 * mixed: each source holds one body level.
 */
export function sourceOf(f: SourceFilter): Source {
	const body = f.body;
	if (body === 'government') return { table: 'reports', aggregated: false, perBody: false, body };
	if (f.parent && isCountyCode(f.parent))
		return {
			table: partitionTable({ kind: 'detail', body, province: provinceKey(f.parent) }),
			aggregated: false,
			perBody: true,
			body
		};
	return {
		table: partitionTable({ kind: 'aggregate', body }),
		aggregated: true,
		perBody: false,
		body
	};
}

/**
 * The scope a filter means: a department's report covers the department itself (`organ`), so
 * the department level reads that scope; governments and townships report on themselves.
 */
export const scopeOf = (f: Pick<ViewState, 'body' | 'scope'>) =>
	f.body === 'department' ? 'organ' : f.scope;

/** Reports in a group: rows of detail tables, summed counts of aggregate tables. */
export const reportCount = (s: Source) => (s.aggregated ? 'SUM(n_reports)' : 'COUNT(*)');

/** Synthetic demo reports and real reports in a group (the rest were imported by the user). */
export function originCounts(s: Source): string {
	const n = reportCount(s);
	return `${n} FILTER (WHERE data_origin = 'synthetic')::INTEGER AS n_demo,
	${n} FILTER (WHERE data_origin = 'real')::INTEGER AS n_real`;
}

/** The "region" a row of a selection belongs to: a region, or one body under a county. */
export const regionKey = (s: Source) =>
	s.perBody
		? { key: 'body_id', select: 'body_id AS region_code, any_value(organ_name) AS region_name' }
		: { key: 'region_code', select: 'region_code, any_value(region_name) AS region_name' };
