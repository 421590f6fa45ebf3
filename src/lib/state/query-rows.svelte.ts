import { untrack } from 'svelte';

export interface QueryState<T> {
	/** The rows of the query asked, or, while its answer is on the way, the previous rows. */
	readonly data: T[] | null;
	readonly error: string | null;
	/** The rows shown are not the answer to the query asked (yet). */
	readonly loading: boolean;
}

/** How a query is answered: at once when the rows are already here, else later. */
export interface Answerer<Q, T> {
	/** The rows without waiting (cached, prebuilt, or computed from files already loaded). */
	now(q: Q): T[] | undefined;
	later(q: Q): Promise<T[]>;
	/** The message shown for a failed answer. */
	message(error: unknown): string;
}

/** One asking of a query: its rows when they were answered at once. */
export interface Asked<Q, T> {
	q: Q | null;
	rows: T[] | undefined;
}

/** The last answer that settled: for which asking, its rows (or the ones before) and error. */
export interface Settled<T> {
	for: object | null;
	data: T[] | null;
	error: string | null;
}

/**
 * What a query's state shows: the rows answered at once with the asking; else the last settled
 * rows, marked loading until the answer to this very asking settles (an equal query asked again
 * after the data changed is a new asking).
 */
export function shown<Q, T>(asked: Asked<Q, T>, settled: Settled<T>): QueryState<T> {
	if (asked.rows) return { data: asked.rows, error: null, loading: false };
	const mine = settled.for === asked;
	return { data: settled.data, error: mine ? settled.error : null, loading: !mine };
}

/**
 * The rows of the query `get` returns, re-asked whenever it (or `version`) changes. Rows that are
 * answered at once are derived in the same pass as the query: a view model reading them with the
 * view state never sees the new state with the previous rows, so a filter change answered at once
 * draws once (an effect setting them would have let the page render the new state with stale rows
 * first, and e.g. unmount and rebuild charts over a coverage notice). Only the latest asked query
 * may settle: a slow stale answer never overwrites a newer one.
 */
export function queryRows<Q, T>(
	get: () => Q | null,
	answerer: Answerer<Q, T>,
	version: () => unknown = () => 0
): QueryState<T> {
	// A new object per asking: a settled answer belongs to one asking, not to an equal query of
	// another data version.
	const asked: Asked<Q, T> = $derived.by(() => {
		version();
		const q = get();
		return { q, rows: q === null ? ([] as T[]) : untrack(() => answerer.now(q)) };
	});
	// Raw: rows are read-only answers (shared with the result cache); a deep proxy over thousands of
	// rows made every read in the view models go through Svelte's signal lookups.
	let settled = $state.raw<Settled<T>>({ for: null, data: null, error: null });
	$effect(() => {
		const current = asked;
		const { q, rows } = current;
		if (rows) {
			// Kept as the rows to show while a later query's answer is on the way.
			untrack(() => (settled = { for: current, data: rows, error: null }));
			return;
		}
		untrack(() => answerer.later(q!)).then(
			(data) => {
				if (asked === current) settled = { for: current, data, error: null };
			},
			(e: unknown) => {
				if (asked === current)
					settled = { for: current, data: settled.data, error: answerer.message(e) };
			}
		);
	});
	return {
		get data() {
			return shown(asked, settled).data;
		},
		get error() {
			return shown(asked, settled).error;
		},
		get loading() {
			return shown(asked, settled).loading;
		}
	};
}
