import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { QueryError, toUserMessage } from './errors';
import { afterTableLoad } from './imported';
import { loadTable } from './load';
import { engine } from './status.svelte';
import type { TableName } from './datasets';

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
const tables = new Map<TableName, Promise<void>>();

async function open(): Promise<duckdb.AsyncDuckDBConnection> {
	engine.phase = 'engine';
	engine.message = '正在启动数据引擎…';
	// Loaded after the first paint: the default views draw from prebuilt numbers meanwhile.
	const { selectBundle, AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
	const bundle = await selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
		if (p.bytesTotal > 0) engine.progress = 0.6 * Math.min(1, p.bytesLoaded / p.bytesTotal);
	});
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Offline: never try to download extensions (they would fail with misleading errors or hang).
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	return conn;
}

/** The single connection, opened once (single flight); `reports` and `regions` load with it. */
export function getConnection(): Promise<duckdb.AsyncDuckDBConnection> {
	connection ??= open()
		.then(async (conn) => {
			await Promise.all((['reports', 'regions'] as const).map((t) => ensureLoaded(conn, t)));
			engine.phase = 'ready';
			engine.progress = 1;
			performance.mark('engine-ready');
			engine.message = '';
			return conn;
		})
		.catch((error: unknown) => {
			engine.phase = 'error';
			engine.error = toUserMessage(error);
			connection = null;
			throw error;
		});
	return connection;
}

function ensureLoaded(conn: duckdb.AsyncDuckDBConnection, name: TableName): Promise<void> {
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

/** Imported rows joined or left the tables: earlier answers are no longer the dataset's. */
export function forgetResults(): void {
	results.clear();
}

/**
 * Runs a parameterised query; values only ever travel as parameters. The dataset never changes
 * while the page is open, so results are kept (bounded) and a view that goes back to an earlier
 * state, or re-runs a query a filter did not touch, answers at once.
 */
export function query<T>(q: Query, needs: TableName[] = []): Promise<T[]> {
	const key = JSON.stringify([q.sql, q.params]);
	let result = results.get(key);
	if (!result) {
		if (results.size >= MAX_RESULTS) results.delete(results.keys().next().value!);
		result = run<T>(q, needs);
		result.catch(() => results.delete(key));
		results.set(key, result);
	}
	return result as Promise<T[]>;
}

async function run<T>(q: Query, needs: TableName[]): Promise<T[]> {
	const conn = await getConnection();
	await Promise.all(needs.map((t) => ensureLoaded(conn, t)));
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
