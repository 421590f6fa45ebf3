import type * as duckdb from '@duckdb/duckdb-wasm';
import { asset } from '$app/paths';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import {
	PUBLISHED,
	datasetManifest,
	partitionUrls,
	tableLoader,
	tableSpec,
	tablesIn
} from './catalog';
import { QueryError, toUserMessage } from './errors';
import { afterTableLoad } from './imported';
import { arrowIpcOf, isColumnTable, loadColumns, prefetchColumns } from './load';
import { engine, setPhase } from './status.svelte';

// Served by the app itself (no CDN): the product must work offline and behind firewalls.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** A `{ sql, params }` pair, the shape every builder in `queries/` returns. */
export interface Query {
	sql: string;
	params: unknown[];
}

let connection: Promise<duckdb.AsyncDuckDBConnection> | null = null;
/** The engine open, before the eager tables are in: what a query reading none of them waits for. */
let opened: Promise<duckdb.AsyncDuckDBConnection> | null = null;
const EAGER = PUBLISHED.filter((t) => t.eager).map((t) => t.name);
const tables = new Map<string, Promise<void>>();
/** Decoded Parquet partitions by table, started before the engine so the two overlap. */
const decoded = new Map<string, Promise<Uint8Array[]>>();
const progress = { wasm: 0, data: 0 };
// In whole percents: the bar redraws at most 100 times, not on every chunk of the download
// (those redraws ran on the main thread while the first chart was drawing).
const showProgress = () =>
	(engine.progress = Math.round(55 * progress.wasm + 40 * progress.data) / 100);

let ipcFiles: Promise<Record<string, string>> | null = null;

/**
 * Partition → the build's gzipped Arrow IPC of it (data/ipc.json, scripts/data/ipc.ts): DuckDB
 * ingests those bytes as they are. Empty when the file is missing (then Parquet is decoded).
 */
function ipcMap(): Promise<Record<string, string>> {
	ipcFiles ??= fetch(asset('/data/ipc.json'), { cache: 'no-cache' })
		.then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
		.catch(() => ({}));
	return ipcFiles;
}

function decodeTable(name: string): Promise<Uint8Array[]> {
	let d = decoded.get(name);
	if (!d) {
		const spec = tableSpec(name)!;
		const onProgress = (loaded: number, total: number) => {
			if (spec.tracked && total > 0) {
				progress.data = Math.min(1, loaded / total);
				showProgress();
			}
		};
		const urls = partitionUrls(spec);
		d = ipcMap().then((ipc) =>
			Promise.all(
				spec.partitions.map((p, i) =>
					ipc[p]
						? arrowIpcOf(asset(`/${ipc[p]}`), onProgress, 'ipc.gz')
						: arrowIpcOf(urls[i]!, onProgress)
				)
			)
		);
		d.catch(() => decoded.delete(name));
		decoded.set(name, d);
	}
	return d;
}

const WASM_RATIO = 5;

async function open(): Promise<duckdb.AsyncDuckDBConnection> {
	const { selectBundle, AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
	const bundle = await selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	// duckdb-wasm compiles with WebAssembly.instantiateStreaming: compiling overlaps the download.
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
		if (p.bytesTotal > 0) {
			// A precompressed wasm: Content-Length counts compressed bytes, the stream decompressed
			// ones (brotli and gzip shrink DuckDB's wasm 4.5–6×).
			const total = p.bytesLoaded > p.bytesTotal ? p.bytesTotal * WASM_RATIO : p.bytesTotal;
			progress.wasm = Math.min(0.95, p.bytesLoaded / total);
			showProgress();
		}
	});
	progress.wasm = 1;
	showProgress();
	performance.mark('engine-wasm');
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Offline: never try to download extensions (they would fail with misleading errors or hang).
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	return conn;
}

/** Longest the engine's start waits for the link's first files or first chart (either may never come). */
const FIRST_FILES_CAP_MS = 3000;

/** Resolves once the page has drawn its first chart (the `first-chart` mark). */
const firstChart = () =>
	new Promise<void>((resolve) =>
		new PerformanceObserver((marks, observer) => {
			if (!marks.getEntriesByName('first-chart').length) return;
			observer.disconnect();
			resolve();
		}).observe({ type: 'mark', buffered: true })
	);

/** What the page's inline script (src/app.html) leaves for the engine's start. */
export interface EarlyFiles {
	/** Settles once the link's first fast-path files are in (or failed). */
	settled?: Promise<unknown>;
}

/**
 * When the engine may start: once the page has drawn its first chart and the files the inline
 * script requested for it are in, or after `capMs` (a page may draw no chart, a file may never
 * come); at once on a page without the inline script. Started earlier, the engine (its module,
 * worker and the table downloads and decoding it starts) took the CPU from hydration and the first
 * chart on 2 cores (a link's first chart +0.3–0.6 s under load, the default overview's +0.2 s), and
 * its ≈ 6 MB the bandwidth from those few kB on a slow network. A query only the engine answers
 * starts it at once (`connect`).
 */
export function engineMayStart(
	early: EarlyFiles | undefined,
	drawn: () => Promise<unknown>,
	capMs = FIRST_FILES_CAP_MS
): Promise<unknown> {
	if (!early?.settled) return Promise.resolve();
	const cap = new Promise((r) => setTimeout(r, capMs));
	return Promise.race([Promise.all([early.settled, drawn()]), cap]);
}

const firstFiles = () =>
	engineMayStart((globalThis as { __ogiFast?: EarlyFiles }).__ogiFast, firstChart);

let background: Promise<unknown> | null = null;

/**
 * The engine's connection, for callers that can wait (the layout's start, the import page). It
 * starts once the page's first chart is drawn (`engineMayStart`). A query that needs DuckDB
 * earlier starts it at once.
 */
export function getConnection(): Promise<duckdb.AsyncDuckDBConnection> {
	if (connection) return connection;
	background ??= firstFiles();
	return background.then(connect);
}

/**
 * The single connection, opened once (single flight). The eager tables' Parquet is fetched and
 * decoded in a worker while DuckDB's wasm downloads and compiles; both start at the first call.
 */
function connect(): Promise<duckdb.AsyncDuckDBConnection> {
	connection ??= (async () => {
		setPhase('engine');
		performance.mark('engine-start');
		for (const name of EAGER)
			decodeTable(name).then(
				() => performance.mark(`engine-decoded:${name}`),
				() => {}
			);
		opened = open();
		const conn = await opened;
		performance.mark('engine-open');
		setPhase('data');
		await Promise.all(EAGER.map((t) => ensureLoaded(conn, t)));
		setPhase('ready');
		engine.progress = 1;
		performance.mark('engine-ready');
		return conn;
	})().catch((error: unknown) => {
		setPhase('error');
		engine.error = toUserMessage(error);
		connection = opened = null;
		throw error;
	});
	return connection;
}

function ensureLoaded(conn: duckdb.AsyncDuckDBConnection, name: string): Promise<void> {
	let loading = tables.get(name);
	if (!loading) {
		loading = loadTable(conn, name)
			.then(() => afterTableLoad(conn, name))
			.catch((error: unknown) => {
				tables.delete(name);
				throw error;
			});
		tables.set(name, loading);
	}
	return loading;
}

async function loadTable(conn: duckdb.AsyncDuckDBConnection, name: string): Promise<void> {
	const load = tableLoader(name);
	if (load) return load(conn);
	const parts = await decodeTable(name);
	decoded.delete(name); // the bytes are transferred to DuckDB's worker below
	for (const [i, ipc] of parts.entries())
		await conn.insertArrowFromIPCStream(ipc, { name, create: i === 0 });
	performance.mark(`engine-inserted:${name}`);
}

/**
 * Changes the data of the loaded tables (imported reports appended to `reports`, say): `change`
 * runs on the connection once the tables it names are loaded, then cached results are dropped and
 * `engine.dataVersion` moves on, so every view re-runs its queries (and stops using prebuilt or
 * fast answers, which describe the published data only).
 */
export async function changeData(
	names: readonly string[],
	change: (conn: duckdb.AsyncDuckDBConnection) => Promise<void>
): Promise<void> {
	const conn = await connect();
	await Promise.all(names.map((t) => ensureLoaded(conn, t)));
	try {
		await change(conn);
	} finally {
		forgetResults();
	}
}

/** Appends rows (an Arrow IPC stream with the table's columns) to a loaded or published table. */
export const appendRows = (name: string, ipc: Uint8Array) =>
	changeData([name], async (conn) => {
		await conn.insertArrowFromIPCStream(ipc, { name, create: false });
	});

const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
const MAX_STATEMENTS = 100;

/** Prepared statements are reused per SQL text: views re-run the same shapes with new values. */
function prepared(conn: duckdb.AsyncDuckDBConnection, sql: string) {
	let stmt = statements.get(sql);
	if (!stmt) {
		if (statements.size >= MAX_STATEMENTS) {
			const [oldest, old] = statements.entries().next().value!;
			statements.delete(oldest);
			old.then((s) => s.close()).catch(() => {});
		}
		stmt = conn.prepare(sql);
		stmt.catch(() => statements.delete(sql));
		statements.set(sql, stmt);
	}
	return stmt;
}

const results = new Map<string, Promise<unknown[]>>();
const MAX_RESULTS = 300;

/**
 * Imported rows joined or left the tables: earlier answers are no longer the dataset's, and every
 * view re-runs its queries on the engine.
 */
export function forgetResults(): void {
	results.clear();
	engine.dataChanged = true;
	engine.dataVersion++;
}

/**
 * Runs a parameterised query; values only ever travel as parameters. Results are kept (bounded)
 * until the data changes (`changeData`), so a view that goes back to an earlier state, or re-runs
 * a query a filter did not touch, answers at once. The tables the SQL names load first.
 */
export function query<T>(q: Query): Promise<T[]> {
	const key = JSON.stringify([q.sql, q.params]);
	let result = results.get(key);
	if (!result) {
		if (results.size >= MAX_RESULTS) results.delete(results.keys().next().value!);
		result = run<T>(q);
		result.catch(() => results.delete(key));
		results.set(key, result);
	}
	return result as Promise<T[]>;
}

async function run<T>(q: Query): Promise<T[]> {
	// The manifest names the scale dataset's partition tables (none in the bundled set); their
	// column files download while the engine starts.
	const ready = connect();
	ready.catch(() => {}); // awaited below, or its error is the engine's (engine.error)
	await datasetManifest();
	const named = tablesIn(q.sql);
	prefetchColumns(q.sql, named);
	// A query that reads none of the eager tables (a lower level's partition or sums at national
	// scale) runs once the engine is open, without waiting for the government reports to load.
	const eager = !named.length || named.some((t) => EAGER.includes(t));
	const conn = await (eager ? ready : (opened ?? ready));
	await Promise.all(
		named.map((t) => (isColumnTable(t) ? loadColumns(conn, t, q.sql) : ensureLoaded(conn, t)))
	);
	const start = performance.now();
	try {
		const result = q.params.length
			? await (await prepared(conn, q.sql)).query(...q.params)
			: await conn.query(q.sql);
		const rows = result.toArray().map((row) => row.toJSON() as T);
		// Read by `npm run bench` to compare with native DuckDB on the same statements.
		performance.measure('duckdb-query', { start, detail: { sql: q.sql, params: q.params } });
		return rows;
	} catch (error) {
		throw new QueryError(q.sql, error);
	}
}
