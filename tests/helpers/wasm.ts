import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';

/** DuckDB-wasm in Node (the browser's engine, blocking API): tests and `bench -- --scale`. */
export async function wasmConnection() {
	const dist = join(dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm')), '');
	const db = await duckdb.createDuckDB(
		{
			mvp: {
				mainModule: join(dist, 'duckdb-mvp.wasm'),
				mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: join(dist, 'duckdb-eh.wasm'),
				mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
			}
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = db.connect();
	// Both off, or a Parquet read would hang synchronously (stack notes, pitfall 2).
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	return conn;
}
