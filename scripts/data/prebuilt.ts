import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { prebuiltQueries, queryKey } from '../../src/lib/views/prebuilt';

/** Answers the default views' queries with native DuckDB on the published files. */
export async function writePrebuilt(dir: string): Promise<void> {
	const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	for (const t of ['reports', 'regions', 'validation'])
		await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
	const out: Record<string, unknown[]> = {};
	for (const q of prebuiltQueries()) {
		const reader = await conn.runAndReadAll(q.sql, q.params as DuckDBValue[]);
		out[queryKey(q)] = reader.getRowObjectsJson();
	}
	conn.closeSync();
	writeFileSync(join(dir, 'prebuilt.json'), JSON.stringify(out) + '\n');
}
