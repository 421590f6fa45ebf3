/**
 * DuckDB-wasm's start-up in Chromium for several wasm files, A/B in alternation: how long
 * `WebAssembly.compileStreaming` takes, and the glue's whole start (instantiate → open → connect →
 * first query), each run in a fresh browser context with the HTTP cache off. Served uncompressed
 * from localhost, so the figures are the CPU's, not the network's.
 *
 * Usage: tsx scripts/dev/wasm-startup.ts [--runs N] [--port P] [--compile-only] name=file.wasm[:worker.js] …
 *   --compile-only: compileStreaming alone (e.g. for the coi module, whose glue needs threads).
 * (default: the eh bundle as installed; a file without a worker runs with the eh glue).
 */
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { median } from '../bench-stats';

const DIST = 'node_modules/@duckdb/duckdb-wasm/dist';
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs') ?? 5);
const STEPS = args.includes('--compile-only')
	? (['compile'] as const)
	: (['compile', 'startup'] as const);
const PORT = Number(opt('--port') ?? process.env.BENCH_PORT ?? 4291);
const variants = args
	.filter((a) => /^[\w.-]+=/.test(a))
	.map((a) => {
		const [name, spec] = a.split(/=(.*)/s) as [string, string];
		const [wasm, worker] = spec.split(':') as [string, string | undefined];
		return { name, wasm, worker: worker ?? `${DIST}/duckdb-browser-eh.worker.js` };
	});
if (!variants.length)
	variants.push({
		name: 'eh',
		wasm: `${DIST}/duckdb-eh.wasm`,
		worker: `${DIST}/duckdb-browser-eh.worker.js`
	});

/** What the page's script (`entry`) puts on globalThis. */
interface Page {
	compileOnly(wasm: string): Promise<number>;
	startup(
		wasm: string,
		worker: string
	): Promise<{ instantiated: number; opened: number; queried: number; n: number }>;
}

const entry = `
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
globalThis.compileOnly = async (wasm) => {
	const t0 = performance.now();
	await WebAssembly.compileStreaming(fetch(wasm));
	return performance.now() - t0;
};
globalThis.startup = async (wasm, worker) => {
	const t0 = performance.now();
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(worker));
	await db.instantiate(wasm);
	const instantiated = performance.now() - t0;
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	const opened = performance.now() - t0;
	const n = (await conn.query('SELECT count(*)::INT AS n FROM range(100000) t(i) WHERE i % 7 = 0')).getChild('n').get(0);
	return { instantiated, opened, queried: performance.now() - t0, n };
};
`;

async function main() {
	const bundle = await build({
		stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		format: 'esm',
		write: false,
		logLevel: 'error'
	});
	const files = new Map<string, { path: string; type: string }>();
	variants.forEach((v, i) => {
		files.set(`/${i}.wasm`, { path: v.wasm, type: 'application/wasm' });
		files.set(`/${i}.worker.js`, { path: v.worker, type: 'text/javascript' });
	});
	const server = createServer((req, res) => {
		if (req.url === '/') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('<!doctype html><script type="module" src="/main.js"></script>');
		} else if (req.url === '/main.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(bundle.outputFiles[0]!.text);
		} else if (files.has(req.url!)) {
			const f = files.get(req.url!)!;
			res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store' });
			res.end(readFileSync(f.path));
		} else res.writeHead(404).end();
	});
	await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r));
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results = variants.map(() => ({
		compile: [] as number[],
		inst: [] as number[],
		open: [] as number[],
		query: [] as number[]
	}));
	try {
		for (let run = 0; run < RUNS; run++) {
			for (const [i, v] of variants.entries()) {
				for (const what of STEPS) {
					const context = await browser.newContext();
					const page = await context.newPage();
					const cdp = await context.newCDPSession(page);
					await cdp.send('Network.enable');
					await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
					await page.goto(`http://127.0.0.1:${PORT}/`);
					await page.waitForFunction(() => 'startup' in globalThis);
					const r = results[i]!;
					if (what === 'compile') {
						r.compile.push(
							await page.evaluate(
								(w) => (globalThis as unknown as Page).compileOnly(w),
								`/${i}.wasm`
							)
						);
					} else {
						const s = await page.evaluate(
							([w, k]) => (globalThis as unknown as Page).startup(w, k),
							[`/${i}.wasm`, `/${i}.worker.js`]
						);
						if (s.n !== 14286) throw new Error(`${v.name}: wrong answer ${s.n}`);
						r.inst.push(s.instantiated);
						r.open.push(s.opened);
						r.query.push(s.queried);
					}
					await context.close();
				}
				const r = results[i]!;
				console.error(
					`run ${run + 1} ${v.name}: compile ${r.compile.at(-1)!.toFixed(0)} ms, instantiated ${r.inst.at(-1)?.toFixed(0)}, opened ${r.open.at(-1)?.toFixed(0)}, first query ${r.query.at(-1)?.toFixed(0)}`
				);
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(
		`variant\tbytes\tcompileStreaming\tinstantiated\topened+connected\tfirst query\t(medians of ${RUNS} runs, ms)`
	);
	for (const [i, v] of variants.entries()) {
		const r = results[i]!;
		console.log(
			[
				v.name,
				statSync(v.wasm).size,
				...[r.compile, r.inst, r.open, r.query].map((a) => median(a).toFixed(0))
			].join('\t')
		);
	}
}

await main();
