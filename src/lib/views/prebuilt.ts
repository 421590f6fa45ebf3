import { metric } from '$lib/metrics/metrics';
import { byYear } from '$lib/queries/by-year';
import type { Query } from '$lib/queries/sql';
import { DEFAULT_STATE } from '$lib/url/state';
import { overviewQueries } from './overview';

/**
 * Queries of the default views, answered at build time by native DuckDB from the same builders
 * (data/prebuilt.json), so a cold visit draws its first charts without waiting for DuckDB-wasm.
 */
export function prebuiltQueries(): Query[] {
	return [
		...Object.values(overviewQueries(DEFAULT_STATE)),
		byYear(DEFAULT_STATE, metric(DEFAULT_STATE.metric)!)
	];
}

export const queryKey = (q: Query) => JSON.stringify([q.sql, q.params]);
