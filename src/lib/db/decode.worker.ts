/// <reference lib="webworker" />
import { parquetToArrowIPC } from './parquet';

/**
 * Fetches and decodes published Parquet off the main thread (hyparquet → Arrow IPC), while the
 * DuckDB worker compiles its wasm: the page stays responsive and the two overlap. The IPC bytes
 * are transferred, not copied, to the page and from there to DuckDB's worker.
 */
export interface DecodeRequest {
	id: number;
	url: string;
}
export type DecodeReply =
	| { id: number; progress: [loaded: number, total: number] }
	| { id: number; ipc: Uint8Array }
	| { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: DecodeReply, transfer: Transferable[] = []) =>
	scope.postMessage(reply, transfer);

scope.onmessage = async ({ data }: MessageEvent<DecodeRequest>) => {
	try {
		// Low priority: a link's first charts come from the fast-path files, which must not queue behind this.
		const response = await fetch(data.url, { priority: 'low' });
		if (!response.ok) throw new Error(`HTTP ${response.status} fetching ${data.url}`);
		const total = Number(response.headers.get('content-length') ?? 0);
		const chunks: Uint8Array[] = [];
		let loaded = 0;
		const reader = response.body!.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			loaded += value.length;
			post({ id: data.id, progress: [loaded, total] });
		}
		const bytes = new Uint8Array(loaded);
		let offset = 0;
		for (const c of chunks) {
			bytes.set(c, offset);
			offset += c.length;
		}
		const ipc = await parquetToArrowIPC(bytes.buffer);
		post({ id: data.id, ipc }, [ipc.buffer]);
	} catch (error) {
		post({ id: data.id, error: error instanceof Error ? error.message : String(error) });
	}
};
