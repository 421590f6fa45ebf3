import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { Query } from '../../src/lib/queries/sql';

/** Native DuckDB for tests: the reference the browser engine and the app's numbers are checked against. */
export async function openDuckDB(): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	return instance.connect();
}

/** Loads the published dataset files as tables named like the app's. */
export async function openDataset(dir = 'data'): Promise<DuckDBConnection> {
	const conn = await openDuckDB();
	for (const t of ['reports', 'regions', 'validation', 'texts'])
		await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${dir}/${t}.parquet')`);
	return conn;
}

export async function run<T = Record<string, unknown>>(
	conn: DuckDBConnection,
	q: Query
): Promise<T[]> {
	const reader = await conn.runAndReadAll(q.sql, q.params as DuckDBValue[]);
	return reader.getRowObjectsJson() as T[];
}
