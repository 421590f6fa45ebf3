import { untrack } from 'svelte';
import { query } from '$lib/db/client';
import { hasExtraRows } from '$lib/db/imported';
import type { Query } from '$lib/queries/sql';
import { toUserMessage } from '$lib/db/errors';
import type { TableName } from '$lib/db/datasets';
import { prebuiltQueries, queryKey } from '$lib/views/prebuilt';
import prebuiltJson from '../../../data/prebuilt.json';

const PREBUILT = prebuiltJson as unknown as Record<string, unknown[]>;

/** Queries in flight across the page (shown on <main data-pending> so tests and the bench can wait). */
export const pending = $state({ count: 0 });

export interface QueryState<T> {
	readonly data: T[] | null;
	readonly error: string | null;
	readonly loading: boolean;
}

/**
 * Runs the query returned by `get` whenever its SQL or parameters change; only the latest result
 * is kept, so a slow stale query never overwrites a newer one.
 */
export function useQuery<T>(get: () => Query | null, needs: TableName[] = []): QueryState<T> {
	let data = $state<T[] | null>(null);
	let error = $state<string | null>(null);
	let loading = $state(true);
	let latest = 0;
	$effect(() => {
		const q = get();
		const ticket = ++latest;
		if (!q) {
			data = [];
			loading = false;
			return;
		}
		const ready = hasExtraRows() ? undefined : PREBUILT[queryKey(q)];
		if (ready) {
			data = ready as T[];
			error = null;
			loading = false;
			return;
		}
		loading = true;
		untrack(() => pending.count++);
		query<T>(q, needs)
			.finally(() => pending.count--)
			.then(
				(rows) => {
					if (ticket !== latest) return;
					data = rows;
					error = null;
					loading = false;
				},
				(e: unknown) => {
					if (ticket !== latest) return;
					error = toUserMessage(e);
					loading = false;
				}
			);
	});
	return {
		get data() {
			return data;
		},
		get error() {
			return error;
		},
		get loading() {
			return loading;
		}
	};
}

/**
 * Once the engine is up, runs the default views' statements once: the first filter change then
 * reuses prepared statements instead of paying their first-run cost.
 */
export async function warmUp(): Promise<void> {
	for (const q of prebuiltQueries()) await query(q).catch(() => {});
}
