/**
 * A parser worker thread for scripts/parse.ts: parses the files it is sent, one at a time. The
 * region list and PDFium's compiled wasm come from the main thread (built once, not per worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parsePath } from './parse-files';
import { usePdfiumWasm } from '../src/lib/parse/pdfium';
import type { Region } from '../src/lib/dataset/regions';

const { regions, pdfium } = workerData as { regions: Region[]; pdfium: WebAssembly.Module | null };
if (pdfium) usePdfiumWasm(async () => pdfium);
parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
	parentPort!.postMessage({ index, result: await parsePath(file, { regions }) });
});
