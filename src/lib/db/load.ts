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
	format: 'parquet' | 'ipc.gz' = 'parquet'
): Promise<Uint8Array> {
	return decode({ url, format }, onProgress);
}

/** Column files of one table (`columns.ts`), fetched and merged into one Arrow IPC stream. */
const columnsIpc = (urls: string[]) => decode({ urls, format: 'columns' });

function decode(request: DistributiveOmit<DecodeRequest, 'id'>, onProgress?: Progress) {
	return new Promise<Uint8Array>((resolve, reject) => {
		const id = ++nextId;
		waiting.set(id, { resolve, reject, onProgress });
		decoder().postMessage({ ...request, id } as DecodeRequest);
	});
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let connection: AsyncDuckDBConnection | null = null;
const columns = columnLoader(
	{
		insert: async (ipc, name) => {
			await connection!.insertArrowFromIPCStream(ipc, { name, create: true });
		},
		run: async (statement) => {
			await connection!.query(statement);
		}
	},
	(files) => columnsIpc(files.map((f) => asset(`/${f}`)))
);

/** A catalog table the build split into column files: queries load it column by column. */
export const isColumnTable = (name: string) => !!tableSpec(name)?.columns;

/**
 * Starts fetching the column files `sql` names (tables split by the build), while the engine
 * starts: the view's columns arrive with it instead of after it.
 */
export function prefetchColumns(sql: string, tables: readonly string[]) {
	for (const t of tables) if (isColumnTable(t)) columns.prefetch(t, tableSpec(t)!.columns!, sql);
}

/**
 * Loads the columns of `table` that `sql` names (the table's other columns stay on the server):
 * fetched and merged in the decode worker, then inserted and joined to the table.
 */
export function loadColumns(conn: AsyncDuckDBConnection, table: string, sql: string) {
	connection = conn;
	const start = performance.now();
	return columns.ensure(table, tableSpec(table)!.columns!, sql).then(() => {
		// Read by `npm run bench -- --scale`: where a first view's time goes at 1M.
		performance.measure('engine-columns', { start, detail: { table } });
	});
}
