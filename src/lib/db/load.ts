import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asset } from '$app/paths';
import { tableSpec } from './catalog';
import { columnLoader } from './columns';
import type { DecodeReply, DecodeRequest } from './decode.worker';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<
	number,
	{ resolve: (ipc: Uint8Array) => void; reject: (e: Error) => void; onProgress?: Progress }
>();
type Progress = (loaded: number, total: number) => void;

function decoder(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
		const job = waiting.get(data.id);
		if (!job) return;
		if ('progress' in data) return job.onProgress?.(...data.progress);
		waiting.delete(data.id);
		if ('ipc' in data) job.resolve(data.ipc);
		else job.reject(new Error(data.error));
	};
	worker.onerror = (event) => {
		for (const job of waiting.values()) job.reject(new Error(`decode worker: ${event.message}`));
		waiting.clear();
	};
	return worker;
}

/**
 * The one place that knows how a published table file becomes the Arrow IPC bytes DuckDB ingests. duckdb-wasm
 * ≥ 1.29 has no built-in Parquet reader (it would download an extension), so a worker decodes the
 * file with hyparquet into an Arrow IPC stream. A deployment that self-hosts DuckDB's extension
 * files can replace this with `CREATE TABLE … AS SELECT * FROM read_parquet(url)`. With
 * `format: 'ipc.gz'` the URL is the build's gzipped Arrow IPC of the file (scripts/data/ipc.ts).
 */
export function arrowIpcOf(
	url: string,
	onProgress?: Progress,
	format: DecodeRequest['format'] = 'parquet'
): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const id = ++nextId;
		waiting.set(id, { resolve, reject, onProgress });
		decoder().postMessage({ id, url, format } satisfies DecodeRequest);
	});
}

let columns: { conn: AsyncDuckDBConnection; ensure: ReturnType<typeof columnLoader> } | null = null;

/** A catalog table the build split into column files: queries load it column by column. */
export const isColumnTable = (name: string) => !!tableSpec(name)?.columns;

/**
 * Loads the columns of `table` that `sql` names (the table's other columns stay on the server):
 * each column file is fetched and gunzipped in the decode worker, then joined to the table.
 */
export function loadColumns(conn: AsyncDuckDBConnection, table: string, sql: string) {
	if (columns?.conn !== conn)
		columns = {
			conn,
			ensure: columnLoader(
				{
					insert: async (ipc, name) => {
						await conn.insertArrowFromIPCStream(ipc, { name, create: true });
					},
					run: async (statement) => {
						await conn.query(statement);
					}
				},
				(file) => arrowIpcOf(asset(`/${file}`), undefined, 'ipc.gz')
			)
		};
	const start = performance.now();
	return columns.ensure(table, tableSpec(table)!.columns!, sql).then(() => {
		// Read by `npm run bench -- --scale`: where a first view's time goes at 1M.
		performance.measure('engine-columns', { start, detail: { table } });
	});
}
