import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export async function openDuckDB(): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	return instance.connect();
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Reads a CSV we wrote with explicit column types and writes it as Parquet; one thread and
 * insertion order keep the output byte-identical across runs.
 */
export async function csvToParquet(
	conn: DuckDBConnection,
	csvPath: string,
	parquetPath: string,
	columns: readonly { id: string; type: string }[]
): Promise<void> {
	const cols = columns.map((c) => `${sqlString(c.id)}: ${sqlString(c.type)}`).join(', ');
	await conn.run(
		`COPY (SELECT * FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, columns = {${cols}}))
		 TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 100000)`
	);
}
