/**
 * `npm run bench:parse`: parser throughput (reports per second) on the golden fixtures, per input
 * type, in one process (no start-up cost) — by wall-clock time and by CPU time (what one core
 * sustains, whatever else the machine is doing); then on all cores (the CLI's worker threads, after
 * their start-up), for PDFs and for every fixture; and the golden accuracy: cells equal to their
 * expectations, and cells right against the hand-checked answer keys.
 * `npm run bench:parse -- --seconds 5`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFile } from '../src/lib/parse/input';
import { compilePdfium } from '../src/lib/parse/pdfium';
import { keyFor, REGIONS, scoreAgainstKey } from '../tests/golden';
import { workerEntry } from './parse-files';

const DIR = 'tests/fixtures/reports';
const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;
const files = readdirSync(DIR).filter((f) => !f.endsWith('.json') && !f.startsWith('bad-'));
const byType = new Map<string, string[]>();
for (const f of files) {
	const ext = f.split('.').pop()!;
	byType.set(ext, [...(byType.get(ext) ?? []), f]);
}

for (const [ext, list] of byType) {
	const inputs = list.map((f) => ({ f, bytes: new Uint8Array(readFileSync(join(DIR, f))) }));
	for (const i of inputs) await parseFile(i.f, i.bytes); // warm-up: module loading, JIT
	let n = 0;
	const start = performance.now();
	const cpu = process.cpuUsage();
	while (performance.now() - start < SECONDS * 1000) {
		for (const i of inputs) {
			await parseFile(i.f, i.bytes);
			n++;
		}
	}
	const wall = (performance.now() - start) / 1000;
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	console.log(
		`${ext.padEnd(5)} ${(n / wall).toFixed(1).padStart(8)} reports/s wall  ${(n / cpuSeconds).toFixed(1).padStart(8)} reports/s per CPU-second  (${list.length} fixture${list.length > 1 ? 's' : ''})`
	);
}

/** Sends `worker` the fixtures of `list` one by one until `more()` says stop; resolves the count. */
function feed(worker: Worker, list: string[], first: number, more: (done: number) => boolean) {
	return new Promise<number>((resolve) => {
		let done = 0;
		const send = () =>
			worker.postMessage({ index: 0, file: join(DIR, list[(first + done) % list.length]!) });
		const onMessage = () => {
			done++;
			if (more(done)) send();
			else {
				worker.off('message', onMessage);
				resolve(done);
			}
		};
		worker.on('message', onMessage);
		send();
	});
}

/**
 * Reports per second of wall-clock time on `threads` worker threads (the CLI's), each warmed up
 * on the whole list before the clock starts, then fed the list round-robin for SECONDS.
 */
async function allCores(list: string[], threads: number): Promise<number> {
	const pdfium = await compilePdfium();
	const entry = await workerEntry();
	const workers = Array.from(
		{ length: threads },
		() =>
			new Worker(entry, {
				workerData: { regions: REGIONS, pdfium }
			})
	);
	await Promise.all(workers.map((w) => feed(w, list, 0, (done) => done < list.length)));
	const start = performance.now();
	const running = () => performance.now() - start < SECONDS * 1000;
	const counts = await Promise.all(workers.map((w, k) => feed(w, list, k, running)));
	const wall = (performance.now() - start) / 1000;
	await Promise.all(workers.map((w) => w.terminate()));
	return counts.reduce((a, b) => a + b, 0) / wall;
}

const threads = availableParallelism();
for (const [label, list] of [
	['pdf', byType.get('pdf') ?? []],
	['all', files]
] as const) {
	const rate = await allCores([...list], threads);
	console.log(
		`${label.padEnd(5)} ${rate.toFixed(1).padStart(8)} reports/s wall on all ${threads} cores (worker threads, after start-up; load average ${loadavg()[0]!.toFixed(1)})`
	);
}

let cells = 0;
let correct = 0;
let keyCells = 0;
let keyCorrect = 0;
for (const f of files) {
	const expected = JSON.parse(readFileSync(join(DIR, `${f}.expected.json`), 'utf8'))
		.values as Record<string, number | null>;
	const result = await parseFile(f, new Uint8Array(readFileSync(join(DIR, f))));
	for (const [id, v] of Object.entries(expected)) {
		cells++;
		if ((result.report?.values as Record<string, number | null> | undefined)?.[id] === v) correct++;
	}
	const key = keyFor(f);
	if (key) {
		const score = scoreAgainstKey(result, key);
		keyCells += score.total;
		keyCorrect += score.correct;
	}
}
console.log(
	`golden accuracy: ${correct}/${cells} cells (${((100 * correct) / cells).toFixed(2)}%) over ${files.length} reports`
);
console.log(
	`answer keys: ${keyCorrect}/${keyCells} cells right, blanks kept blank (${((100 * keyCorrect) / keyCells).toFixed(2)}%)`
);
