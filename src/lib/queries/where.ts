import type { ViewState } from '$lib/url/state';
import type { Metric } from '$lib/metrics/metrics';
import { placeholders } from './sql';

export interface Clause {
	sql: string;
	params: unknown[];
}

/**
 * Filters shared by every view. Scope is always fixed to one value: reports of different scope are
 * never added together. Levels are fixed by the caller for the same reason.
 */
export function filtersToWhere(state: ViewState, metric?: Metric): Clause {
	const parts = ['scope = ?', 'year BETWEEN ? AND ?'];
	const params: unknown[] = [state.scope, state.from, state.to];
	if (state.realOnly) parts.push(`data_origin = 'real'`);
	if (state.consistentOnly) parts.push('hard_ok');
	if (metric && metric.formats.length < 2) {
		parts.push(`format_version IN (${placeholders(metric.formats.length)})`);
		params.push(...metric.formats);
	}
	return { sql: parts.join(' AND '), params };
}
