import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { datasetUrl, type TableName } from './datasets';
import { fetchWithProgress } from './fetch';
import { engine, setPhase } from './status.svelte';

/**
 * The one place that knows how a published Parquet file becomes a DuckDB table. duckdb-wasm ≥ 1.29
 * has no built-in Parquet reader (it would download an extension), so the browser decodes the file
 * with hyparquet into Arrow. A deployment that self-hosts DuckDB's extension files can replace this
 * body with `CREATE TABLE … AS SELECT * FROM read_parquet(url)`.
 */
export async function loadTable(conn: AsyncDuckDBConnection, name: TableName): Promise<void> {
	const tracked = name === 'reports';
	if (tracked) {
		setPhase('data');
		engine.message = '正在下载数据…';
	}
	const bytes = await fetchWithProgress(datasetUrl(name), (loaded, total) => {
		if (tracked && total > 0) engine.progress = 0.6 + 0.3 * Math.min(1, loaded / total);
	});
	if (tracked) engine.message = '正在载入数据…';
	const { parquetToArrowIPC } = await import('./parquet');
	await conn.insertArrowFromIPCStream(await parquetToArrowIPC(bytes), { name, create: true });
	if (tracked) engine.progress = 0.98;
}
