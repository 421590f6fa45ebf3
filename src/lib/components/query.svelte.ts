import { untrack } from 'svelte';
import { page } from '$app/state';
import { query } from '$lib/db/client';
import { hasExtraRows } from '$lib/db/imported';
import { engine } from '$lib/db/status.svelte';
import type { Query } from '$lib/queries/sql';
import { toUserMessage } from '$lib/db/errors';
import { VersionedCache } from '$lib/state/answers';
import { fastAnswer, fastAnswerNow } from '$lib/state/fast/fast';
import { parseState, type ViewState } from '$lib/url/state';
import { prebuiltQueries, queryKey } from '$lib/views/prebuilt';
import prebuiltJson from '../../../data/prebuilt.json';

const PREBUILT = prebuiltJson as unknown as Record<string, unknown[]>;

/**
 * Queries in flight across the page (shown on <main data-pending> so tests and the bench can wait),
 * and how many of them wait for DuckDB (mirrored on <html data-engine-queries>): a page whose
 * pending queries all wait for the engine has drawn everything the fast path could give it.
 */
export const pending = $state({ count: 0, engine: 0 });

function track<T>(p: Promise<T>, onEngine: boolean): Promise<T> {
	pending.count++;
	if (onEngine) showEngineQueries(++pending.engine);
	return p.finally(() => {
		pending.count--;
		if (onEngine) showEngineQueries(--pending.engine);
	});
}
const showEngineQueries = (n: number) =>
	(document.documentElement.dataset.engineQueries = String(n));

export interface QueryState<T> {
	readonly data: T[] | null;
	readonly error: string | null;
	readonly loading: boolean;
}

/**
 * Rows already answered, by query, until the data changes: a filter change re-asks the queries it
 * did not touch (the trend when only the year moved) and going back to an earlier state asks them
 * all again; those get the same rows at once (the same array, so nothing downstream recomputes).
 */
const answered = new VersionedCache<unknown[]>();

/**
 * Answers a query: the default views' answers are in the bundle (prebuilt), the shapes the fast
 * evaluator mirrors come from small per-column files without waiting for DuckDB, and everything
 * else (or anything after the data changed, e.g. imported rows) from DuckDB. All three give the
 * same rows for the same query.
 */
function answer<T>(q: Query): { now: T[] } | { later: Promise<T[]> } {
	const key = queryKey(q);
	const version = engine.dataVersion;
	const kept = answered.get(key, version);
	if (kept) return { now: kept as T[] };
	const a = freshAnswer<T>(q);
	if ('now' in a) answered.set(key, version, a.now);
	else
		a.later.then(
			(rows) => answered.set(key, version, rows),
			() => {}
		);
	return a;
}

function freshAnswer<T>(q: Query): { now: T[] } | { later: Promise<T[]> } {
	// Prebuilt and fast answers describe the published data only, not imported or changed rows.
	const published = !engine.dataChanged && !hasExtraRows();
	const ready = published ? PREBUILT[queryKey(q)] : null;
	const state = parseState(page.url.searchParams).state;
	if (ready) {
		// The first filter change will ask the fast path: fetch its columns once the page is idle.
		if (!state.mineOnly) whenIdle(() => void fastAnswer(q, state)?.catch(() => {}));
		return { now: ready as T[] };
	}
	// The fast files hold the published rows only: "my imports" always asks the engine.
	const fastOk = published && !state.mineOnly;
	// Files already here (any filter change after the first): the rows at once, so every query of
	// the change updates the view in the same pass instead of one pass per answer.
	const now = fastOk ? fastNow<T>(q, state) : undefined;
	if (now) return { now };
	const fast = fastOk ? fastAnswer<T>(q, state) : null;
	const onEngine = () =>
		engine.phase === 'ready'
			? track(query<T>(q), false)
			: track(
					afterFastCharts().then(() => query<T>(q)),
					true
				);
	return { later: fast ? track(fast, false).catch(onEngine) : onEngine() };
}

function fastNow<T>(q: Query, state: ViewState): T[] | undefined {
	try {
		return fastAnswerNow<T>(q, state);
	} catch {
		return undefined; // the asynchronous path answers, or falls back to the engine
	}
}

/** Runs `task` after the first chart, when the main thread is idle (never before the chart). */
function whenIdle(task: () => void): void {
	const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
	const first = () => performance.getEntriesByName('first-chart').length > 0;
	let tries = 100; // a page that draws no chart gives up after ten seconds
	const attempt = () => {
		if (first()) idle(task, { timeout: 2000 });
		else if (--tries > 0) setTimeout(attempt, 100);
	};
	attempt();
}

/**
 * Resolves once no fast answer is in flight and the charts they fed have had a frame to draw. A
 * query only the engine answers starts DuckDB (tens of MB of wasm, the whole dataset decoded):
 * on a 2-core phone that would take the CPU from the page's first charts, so it waits for them.
 */
function afterFastCharts(): Promise<void> {
	return new Promise((resolve) => {
		const check = () => {
			if (pending.count > pending.engine) return setTimeout(check, 16);
			requestAnimationFrame(() => setTimeout(resolve, 0));
			setTimeout(resolve, 250); // a hidden tab draws no frames
		};
		check();
	});
}

/**
 * Runs the query returned by `get` whenever its SQL or parameters change (or the loaded data
 * does); only the latest result is kept, so a slow stale query never overwrites a newer one.
 * `_needs` is no longer used: the tables a query reads are found in its SQL (db/catalog.ts).
 */
export function useQuery<T>(
	get: () => Query | null,
	_needs: readonly string[] = []
): QueryState<T> {
	// Raw: rows are read-only answers (shared with the result cache); a deep proxy over thousands of
	// rows made every read in the view models go through Svelte's signal lookups.
	let data = $state.raw<T[] | null>(null);
	let error = $state<string | null>(null);
	let loading = $state(true);
	let latest = 0;
	$effect(() => {
		const q = get();
		void engine.dataVersion;
		const ticket = ++latest;
		if (!q) {
			data = [];
			loading = false;
			return;
		}
		const a = untrack(() => answer<T>(q));
		if ('now' in a) {
			data = a.now;
			error = null;
			loading = false;
			return;
		}
		loading = true;
		a.later.then(
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
