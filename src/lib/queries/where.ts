import type { ViewState } from '$lib/url/state';
import type { Metric } from '$lib/metrics/metrics';
import { isCountyCode, scopeOf } from './source';
import { placeholders } from './sql';

/** The filters every query shares: the narrow part of the view state a query may read. */
export type Filter = Pick<
	ViewState,
	'scope' | 'from' | 'to' | 'level' | 'parent' | 'body' | 'realOnly' | 'mineOnly' | 'consistentOnly'
>;

export interface Clause {
	sql: string;
	params: unknown[];
}

export interface WhereOptions {
	metric?: Metric;
	/** A single year instead of the state's range. */
	year?: number;
	/** Restrict to the state's level and drill-down parent. */
	selection?: boolean;
	/** Table alias to qualify columns with, for joins. */
	alias?: string;
}

/**
 * Filters shared by every view. Scope is always one value and, with `selection`, so is the level:
 * reports of different scope or level are never added together.
 */
export function filtersToWhere(state: Filter, o: WhereOptions = {}): Clause {
	const c = (column: string) => (o.alias ? `${o.alias}.${column}` : column);
	const parts = [`${c('scope')} = ?`];
	const params: unknown[] = [scopeOf(state)];
	if (o.year !== undefined) {
		parts.push(`${c('year')} = ?`);
		params.push(o.year);
	} else {
		parts.push(`${c('year')} BETWEEN ? AND ?`);
		params.push(state.from, state.to);
	}
	if (state.realOnly) parts.push(`${c('data_origin')} = 'real'`);
	if (state.mineOnly) parts.push(`${c('data_origin')} = 'imported'`);
	if (state.consistentOnly) parts.push(c('hard_ok'));
	if (o.metric && o.metric.formats.length < 2) {
		parts.push(`${c('format_version')} IN (${placeholders(o.metric.formats.length)})`);
		params.push(...o.metric.formats);
	}
	if (o.selection) {
		parts.push(`${c('region_level')} = ?`);
		params.push(state.level);
		if (state.parent) {
			parts.push(`${c(parentColumn(state.parent))} = ?`);
			params.push(state.parent);
		}
	}
	return { sql: parts.join(' AND '), params };
}

/** The column a drill-down parent matches: a province, a prefecture, or one county's own bodies. */
const parentColumn = (code: string) =>
	code.endsWith('0000') ? 'province_code' : isCountyCode(code) ? 'region_code' : 'parent_code';
