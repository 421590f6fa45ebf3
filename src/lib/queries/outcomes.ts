import {
	t3,
	t4,
	T3_APPLICANT_COLUMNS,
	T3_OUTCOME_PARTS,
	T4_GROUPS,
	T4_RESULTS,
	type FieldId
} from '$lib/report';
import type { ViewState } from '$lib/url/state';
import { originCounts, regionKey, reportCount, sourceOf } from './source';
import { ident, type Query } from './sql';
import { filtersToWhere, type Filter } from './where';

/** The requests and review views' filter: the shared one, the year and the grouping. */
export type GroupedFilter = Filter & Pick<ViewState, 'year' | 'by'>;

/** The outcome rows stacked in the requests view: every printed outcome of table 3 plus （六）. */
export const OUTCOME_ROWS = [...T3_OUTCOME_PARTS, 'res_other_total'] as const;

const sums = (ids: readonly FieldId[]) =>
	ids.map((id) => `SUM(${ident(id)})::DOUBLE AS ${id}`).join(',\n\t');

function grouped(
	state: GroupedFilter,
	ids: readonly FieldId[],
	by: 'year' | 'region',
	limit = 20
): Query {
	const year = by === 'region' ? state.year : undefined;
	const w = filtersToWhere(state, { selection: true, ...(year !== undefined ? { year } : {}) });
	const s = sourceOf(state);
	const r = regionKey(s);
	const key = by === 'year' ? 'year' : r.select;
	const group = by === 'year' ? 'year' : r.key;
	const order =
		by === 'year'
			? 'year'
			: `SUM(${ident(ids[ids.length - 1]!)}) DESC NULLS LAST, ${r.key} LIMIT ${limit}`;
	return {
		sql: `SELECT ${key}, ${reportCount(s)}::INTEGER AS n_reports, ${originCounts(s)}, (COUNT(*) OVER ())::INTEGER AS n_groups,
	${sums(ids)}
FROM ${s.table} WHERE ${w.sql}
GROUP BY ${group} ORDER BY ${order}`,
		params: w.params
	};
}

/** Outcome rows (totals column) over years, or across the selection's largest regions in a year. */
export const outcomes = (state: GroupedFilter, by: 'year' | 'region' = state.by) =>
	grouped(state, [...OUTCOME_ROWS.map((r) => t3(r, 'total')), t3('res_total', 'total')], by);

/** New requests by applicant type over years. */
export const applicants = (state: GroupedFilter) =>
	grouped(
		state,
		[...T3_APPLICANT_COLUMNS.map((c) => t3('new_received', c)), t3('new_received', 'total')],
		'year'
	);

export const T4_FIELDS = T4_GROUPS.flatMap((g) => T4_RESULTS.map((r) => t4(g, r)));

/** Review and litigation cases by outcome, over years or across regions. */
export const reviews = (state: GroupedFilter, by: 'year' | 'region' = state.by) =>
	grouped(
		state,
		[...T4_FIELDS.filter((id) => !id.startsWith('t4_review_total')), 't4_review_total'],
		by
	);
