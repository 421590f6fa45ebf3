import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { QueryError, toUserMessage } from './errors';
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
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
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
		loading = loadTable(conn, name).catch((error: unknown) => {
			tables.delete(name);
			throw error;
		});
		tables.set(name, loading);
	}
	return loading;
}

/** Runs a parameterised query; values only ever travel as parameters. */
export async function query<T>(q: Query, needs: TableName[] = []): Promise<T[]> {
	const conn = await getConnection();
	await Promise.all(needs.map((t) => ensureLoaded(conn, t)));
	try {
		let result;
		if (q.params.length) {
			const stmt = await conn.prepare(q.sql);
			try {
				result = await stmt.query(...q.params);
			} finally {
				await stmt.close();
			}
		} else {
			result = await conn.query(q.sql);
		}
		return result.toArray().map((row) => row.toJSON() as T);
	} catch (error) {
		throw new QueryError(q.sql, error);
	}
}
