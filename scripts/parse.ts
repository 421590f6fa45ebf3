/**
 * `npm run --silent parse -- --json FILE|DIR|'GLOB'...` — one JSON element per input file, in order
 * (the contract in spec/README.md); `--csv` prints one row per report with the canonical columns
 * instead. Many files are parsed on all cores (worker threads; `--jobs N` to choose), with
 * progress on stderr. Exits 0 whenever it could run, whatever the reports say.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { regionsForLookup } from './data/divisions';
import { expandArgument, parsePath, toCsv, workerEntry } from './parse-files';
import { compilePdfium, usePdfiumWasm } from '../src/lib/parse/pdfium';
import type { ParseResult } from '../src/lib/parse/index';

const args = process.argv.slice(2);
const csv = args.includes('--csv');
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Math.max(1, Number(args[jobsAt + 1]) || 1) : availableParallelism();
const files = args
	.filter((a, i) => !a.startsWith('--') && !(jobsAt >= 0 && i === jobsAt + 1))
	.flatMap(expandArgument);
if (!files.length) {
	console.error('用法 usage: npm run --silent parse -- --json|--csv [--jobs N] FILE|DIR|GLOB...');
	process.exit(2);
}

/** Fewer files than this are parsed in this process: a worker's start-up would cost more. */
const WORKERS_FROM = 16;

const crashed = (file: string, why: string): ParseResult => ({
	ok: false,
	report: null,
	issues: [
		{
			rule: 'parse.unreadable',
			level: 'error',
			path: '',
			message: `解析此文件时解析进程异常退出（${why}），其他文件不受影响：${file}（parser crashed on this file）`
		}
	]
});

function progress(done: number): void {
	if (files.length >= 20 && (done % 25 === 0 || done === files.length))
		process.stderr.write(`已解析 parsed ${done}/${files.length}\n`);
}

const regions = regionsForLookup();

async function inProcess(): Promise<ParseResult[]> {
	const out: ParseResult[] = [];
	for (const file of files) {
		out.push(await parsePath(file, { regions }));
		progress(out.length);
	}
	return out;
}

/**
 * Files shared among this thread and n − 1 worker threads; a worker that dies costs only the file
 * it was on. This thread starts at once with the parser it has loaded, while the workers start.
 */
async function onWorkers(n: number): Promise<ParseResult[]> {
	const results: ParseResult[] = new Array(files.length);
	let next = 0;
	let done = 0;
	// Compiled once here, instantiated by every thread (compiling 4.6 MB of wasm per worker cost
	// more than parsing a dozen PDFs). Without it each thread compiles its own, or uses pdf.js.
	const pdfium = files.some((f) => /\.pdf$/i.test(f))
		? await compilePdfium().catch(() => null)
		: null;
	if (pdfium) usePdfiumWasm(async () => pdfium);
	const entry = await workerEntry();
	return new Promise((resolve) => {
		const finish = (index: number, result: ParseResult) => {
			results[index] = result;
			progress(++done);
			if (done === files.length) resolve(results);
		};
		const start = () => {
			const worker = new Worker(entry, {
				workerData: { regions, pdfium }
			});
			let current = -1;
			const feed = () => {
				if (next >= files.length) {
					void worker.terminate();
					return;
				}
				current = next++;
				worker.postMessage({ index: current, file: files[current] });
			};
			worker.on('message', ({ index, result }: { index: number; result: ParseResult }) => {
				current = -1;
				finish(index, result);
				feed();
			});
			const lost = (why: string) => {
				if (current < 0) return;
				const index = current;
				current = -1;
				finish(index, crashed(files[index]!, why));
				if (next < files.length) start();
			};
			worker.on('error', (e) => lost(e.message));
			worker.on('exit', (code) => lost(`exit ${code}`));
			worker.on('online', feed);
		};
		for (let i = 1; i < Math.min(n, files.length); i++) start();
		void (async () => {
			while (next < files.length) {
				const index = next++;
				finish(index, await parsePath(files[index]!, { regions }));
			}
		})();
	});
}

const parsed = jobs > 1 && files.length >= WORKERS_FROM ? await onWorkers(jobs) : await inProcess();
// The CLI's messages keep both languages in one string, as its contract always printed them.
const results = parsed.map((r, i) => ({
	file: files[i]!,
	...r,
	issues: r.issues.map(({ message_en, ...issue }) =>
		message_en ? { ...issue, message: `${issue.message}（${message_en}）` } : issue
	)
}));

process.stdout.write(csv ? toCsv(results) : JSON.stringify(results, null, 2) + '\n');
