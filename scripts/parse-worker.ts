/** A parser worker thread for scripts/parse.ts: parses the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { regionsForLookup } from './data/divisions';
import { parsePath } from './parse-files';

const regions = regionsForLookup();
parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
	parentPort!.postMessage({ index, result: await parsePath(file, { regions }) });
});
