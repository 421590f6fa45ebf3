/// <reference lib="webworker" />

/**
 * Fetches the published tables off the main thread, while the DuckDB worker compiles its wasm:
 * the page stays responsive and the two overlap. A table comes as the gzipped Arrow IPC stream the
 * build wrote (scripts/data/ipc.ts: only decompressed, natively) or, without one, as Parquet
 * decoded with hyparquet (loaded only then). The IPC bytes are transferred, not copied, to the
 * page and from there to DuckDB's worker.
 */
export type DecodeRequest =
	| { id: number; url: string; format: 'parquet' | 'ipc.gz' }
	/** Column files of one table (gzipped Arrow IPC, `columns.ts`), merged into one stream. */
	| { id: number; urls: string[]; format: 'columns' };
export type DecodeReply =
	| { id: number; progress: [loaded: number, total: number] }
	| { id: number; ipc: Uint8Array }
	| { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: DecodeReply, transfer: Transferable[] = []) =>
	scope.postMessage(reply, transfer);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let length = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.length;
	}
	if (chunks.length === 1) return chunks[0]!;
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const c of chunks) {
		bytes.set(c, offset);
		offset += c.length;
	}
	return bytes;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('gzip'));
	return readAll(stream as ReadableStream<Uint8Array>);
}

async function mergeColumns(data: Extract<DecodeRequest, { format: 'columns' }>) {
	try {
		const parts = await Promise.all(
			data.urls.map(async (url) => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`HTTP ${response.status} fetching ${url}`);
				const bytes = new Uint8Array(await response.arrayBuffer());
				return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes) : bytes;
			})
		);
		const { mergeColumnIpc } = await import('./columns');
		const ipc = await mergeColumnIpc(await Promise.all(parts));
		post({ id: data.id, ipc }, [ipc.buffer]);
	} catch (error) {
		post({ id: data.id, error: error instanceof Error ? error.message : String(error) });
	}
}

scope.onmessage = async ({ data }: MessageEvent<DecodeRequest>) => {
	if (data.format === 'columns') return mergeColumns(data);
	try {
		// Low priority: a link's first charts come from the fast-path files, which must not queue behind this.
		const response = await fetch(data.url, { priority: 'low' });
		if (!response.ok || !response.body)
			throw new Error(`HTTP ${response.status} fetching ${data.url}`);
		const total = Number(response.headers.get('content-length') ?? 0);
		let loaded = 0;
		const counted = response.body.pipeThrough(
			new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, controller) {
					loaded += chunk.length;
					post({ id: data.id, progress: [loaded, total] });
					controller.enqueue(chunk);
				}
			})
		);
		let ipc: Uint8Array;
		const bytes = await readAll(counted);
		if (data.format === 'ipc.gz') {
			// A server that labels the file gzip-encoded has had the browser decompress it already.
			const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
			ipc = gzip ? await gunzip(bytes) : bytes;
		} else {
			const { parquetToArrowIPC } = await import('./parquet');
			ipc = await parquetToArrowIPC(
				bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
			);
		}
		post({ id: data.id, ipc }, [ipc.buffer]);
	} catch (error) {
		post({ id: data.id, error: error instanceof Error ? error.message : String(error) });
	}
};
