import { navigating, page } from '$app/state';
import { query } from '$lib/db/client';
import { hasExtraRows } from '$lib/db/imported';
import { engine } from '$lib/db/status.svelte';
import type { Query } from '$lib/queries/sql';
import { toUserMessage } from '$lib/db/errors';
import { VersionedCache } from '$lib/state/answers';
import { onIdle } from '$lib/state/idle';
import { queryRows, type QueryState } from '$lib/state/query-rows.svelte';
import { fastAnswer, fastAnswerNow } from '$lib/state/fast/fast';
import { parseState, type ViewState } from '$lib/url/state';
import { queryKey } from '$lib/views/prebuilt';
import prebuiltJson from '../../../data/prebuilt.json';

export type { QueryState };

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

/**
 * Rows already answered, by query, until the data changes: a filter change re-asks the queries it
 * did not touch (the trend when only the year moved) and going back to an earlier state asks them
 * all again; those get the same rows at once (the same array, so nothing downstream recomputes).
 */
const answered = new VersionedCache<unknown[]>();

/**
 * Answers a query at once where it can: the default views' answers are in the bundle (prebuilt),
 * and the shapes the fast evaluator mirrors are computed from small per-column files once they are
 * here. `answerLater` gives the rest (or anything after the data changed, e.g. imported rows): the
 * fast files still on the way, else DuckDB. All of them give the same rows for the same query.
 */
function answerNow<T>(q: Query, state = currentState()): T[] | undefined {
	const key = queryKey(q);
	const version = engine.dataVersion;
	const kept = answered.get(key, version) as T[] | undefined;
	if (kept) return kept;
	const rows = freshNow<T>(q, state);
	if (rows) answered.set(key, version, rows);
	return rows;
}

function answerLater<T>(q: Query): Promise<T[]> {
	const version = engine.dataVersion;
	const later = freshLater<T>(q);
	later.then(
		(rows) => answered.set(queryKey(q), version, rows),
		() => {}
	);
	return later;
}

// Prebuilt and fast answers describe the published data only, not imported or changed rows.
const published = () => !engine.dataChanged && !hasExtraRows();

const currentState = () => parseState(page.url.searchParams).state;

function freshNow<T>(q: Query, state: ViewState): T[] | undefined {
	const ready = published() ? PREBUILT[queryKey(q)] : null;
	if (ready) {
		// The first filter change will ask the fast path: fetch its columns once the page is idle.
		if (!state.mineOnly) whenIdle(() => void fastAnswer(q, state)?.catch(() => {}));
		return ready as T[];
	}
	// The fast files hold the published rows only: "my imports" always asks the engine. Files
	// already here (any filter change after the first): the rows at once, so every query of the
	// change updates the view in the same pass instead of one pass per answer.
	return published() && !state.mineOnly ? fastNow<T>(q, state) : undefined;
}

function freshLater<T>(q: Query): Promise<T[]> {
	const state = currentState();
	const fast = published() && !state.mineOnly ? fastAnswer<T>(q, state) : null;
	const onEngine = () =>
		engine.phase === 'ready'
			? track(query<T>(q), false)
			: track(
					afterFastCharts().then(() => query<T>(q)),
					true
				);
	return fast ? track(fast, false).catch(onEngine) : onEngine();
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
	const first = () => performance.getEntriesByName('first-chart').length > 0;
	let tries = 100; // a page that draws no chart gives up after ten seconds
	const attempt = () => {
		if (first()) onIdle(task, { timeout: 2000 }, 200);
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
 * does): rows answered at once arrive with the state that asked them (state/query-rows), the
 * rest once they settle. `_needs` is no longer used: the tables a query reads are found in its SQL
 * (db/catalog.ts).
 */
export function useQuery<T>(
	get: () => Query | null,
	_needs: readonly string[] = []
): QueryState<T> {
	return queryRows<Query, T>(
		get,
		{ now: (q) => answerNow<T>(q), later: answerLater, message: toUserMessage },
		() => engine.dataVersion
	);
}

const AHEAD_AFTER_MS = 400;

/**
 * Answers the queries of states the reader is likely to pick next (the page's other years and
 * levels), in idle moments once the page is still, on the fast path only (the engine is never asked): that change
 * then finds its rows at once instead of computing them between the click and the frame. Their
 * files are the page's own (same metric, same filter columns), here or on their way. A
 * navigation, new data or `stop` (the returned function) ends it.
 */
export function answerAhead(asks: readonly { q: Query; state: ViewState }[]): () => void {
	let stopped = false;
	const version = engine.dataVersion;
	const queue = asks.filter((a) => !a.state.mineOnly);
	const over = () => stopped || !!navigating.to || version !== engine.dataVersion;
	// As many answers as the idle moment has room for (an answer takes a few milliseconds).
	const next = async (deadline?: IdleDeadline) => {
		do {
			const ask = queue.shift();
			if (!ask || over()) return;
			if (!answerNow(ask.q, ask.state) && published()) {
				// Files still on their way: the answer once they are in (kept for this data version).
				const rows = await fastAnswer(ask.q, ask.state)?.catch(() => null);
				if (rows && version === engine.dataVersion) answered.set(queryKey(ask.q), version, rows);
				break;
			}
		} while (deadline && !deadline.didTimeout && deadline.timeRemaining() > 8);
		if (!over()) onIdle((d) => void next(d), { timeout: 5000 }, 50);
	};
	// Not while the change that asked is still drawing: from the first idle moment once the page has
	// been still for a while (a chunk run in the change's own frame would delay its charts).
	const start = setTimeout(() => whenIdle(() => void next()), AHEAD_AFTER_MS);
	return () => {
		stopped = true;
		clearTimeout(start);
	};
}
