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

// list_sum skips blanks and is blank only when every part is (a region with litigation of one kind
// only still ranks by it).
const rankSum = (rank: readonly FieldId[]) =>
	rank.length === 1
		? `SUM(${ident(rank[0]!)})`
		: `list_sum([${rank.map((id) => `SUM(${ident(id)})`).join(', ')}])`;

/**
 * Sums of `ids` over years, or across the `limit` largest regions of the year by the sum of the
 * `rank` fields (blank where all of them are blank, ranked last).
 */
function grouped(
	state: GroupedFilter,
	ids: readonly FieldId[],
	by: 'year' | 'region',
	limit = 20,
	rank: readonly FieldId[] = [ids[ids.length - 1]!]
): Query {
	const year = by === 'region' ? state.year : undefined;
	const w = filtersToWhere(state, { selection: true, ...(year !== undefined ? { year } : {}) });
	const s = sourceOf(state);
	const r = regionKey(s);
	const key = by === 'year' ? 'year' : r.select;
	const group = by === 'year' ? 'year' : r.key;
	const order =
		by === 'year' ? 'year' : `${rankSum(rank)} DESC NULLS LAST, ${r.key} LIMIT ${limit}`;
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

/** Review and litigation cases by outcome, over years or across the regions with most reviews. */
export const reviews = (state: GroupedFilter, by: 'year' | 'region' = state.by) =>
	grouped(
		state,
		[...T4_FIELDS.filter((id) => !id.startsWith('t4_review_total')), 't4_review_total'],
		by
	);

/** The totals the lawsuits card ranks regions by: both kinds of lawsuit. */
export const LAWSUIT_TOTALS: readonly FieldId[] = [
	t4('lit_direct', 'total'),
	t4('lit_after_review', 'total')
];

/** The same cases across the regions with most lawsuits (over years: the query of `reviews`). */
export const lawsuits = (state: GroupedFilter, by: 'year' | 'region' = state.by) =>
	by === 'year' ? reviews(state, by) : grouped(state, T4_FIELDS, by, 20, LAWSUIT_TOTALS);
