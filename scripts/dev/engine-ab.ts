/**
 * A/B of the built app's cold start, in alternation (A, B, A, B…): the landing page's (or a link's)
 * first chart and engine ready with the bench's marks (db/client.ts), for several build
 * directories, e.g. copies of build/ with another DuckDB wasm in place. One server at a time on
 * BENCH_PORT, a fresh context per run, HTTP cache off and no service worker, like `npm run bench`.
 *
 * Usage: tsx scripts/dev/engine-ab.ts [--runs N] [--link /path?query] [--engine-at-once] name=dir …
 *   --engine-at-once: the engine starts when the app's code first asks for it instead of after the
 *   first chart (the page's inline script is kept, only its `settled` promise is hidden from
 *   db/client.ts engineMayStart).
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { markTime } from '../bench-steps';
import { median } from '../bench-stats';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs') ?? 5);
const LINK = opt('--link') ?? '/';
const AT_ONCE = args.includes('--engine-at-once');
const PORT = Number(process.env.BENCH_PORT ?? 4291);
const variants = args
	.filter((a) => /^[\w.-]+=/.test(a))
	.map((a) => {
		const [name, dir] = a.split(/=(.*)/s) as [string, string];
		return { name, dir };
	});

async function serve(dir: string) {
	const server = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--port', String(PORT), '--dir', dir],
		{ stdio: 'ignore' }
	);
	for (;;) {
		if (server.exitCode !== null) throw new Error(`serve.ts exited (port ${PORT} busy?)`);
		if (
			await fetch(`http://127.0.0.1:${PORT}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			return server;
		await new Promise((r) => setTimeout(r, 100));
	}
}

const MARKS = [
	'first-chart',
	'engine-start',
	'engine-wasm',
	'engine-open',
	'engine-ready'
] as const;

async function main() {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results = variants.map(() => [] as Record<(typeof MARKS)[number], number>[]);
	try {
		for (let run = 0; run < RUNS; run++) {
			for (const [i, v] of variants.entries()) {
				const server = await serve(v.dir);
				try {
					const context = await browser.newContext({
						viewport: { width: 1280, height: 900 },
						serviceWorkers: 'block'
					});
					const page = await context.newPage();
					const cdp = await context.newCDPSession(page);
					await cdp.send('Network.enable');
					await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
					if (AT_ONCE)
						await page.addInitScript(() => {
							let fast: unknown;
							Object.defineProperty(globalThis, '__ogiFast', {
								configurable: true,
								get: () => fast,
								set: (v: { files: unknown }) => (fast = { files: v.files })
							});
						});
					await page.goto(`http://127.0.0.1:${PORT}${LINK}`, { waitUntil: 'commit' });
					await markTime(page, 'first-chart', 60_000);
					await markTime(page, 'engine-ready', 60_000);
					const marks = await page.evaluate(
						(names) =>
							Object.fromEntries(
								names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])
							),
						[...MARKS]
					);
					results[i]!.push(marks as Record<(typeof MARKS)[number], number>);
					await context.close();
				} finally {
					server.kill();
					await new Promise((r) => server.once('exit', r));
				}
				const m = results[i]!.at(-1)!;
				console.error(
					`run ${run + 1} ${v.name}: first chart ${m['first-chart'].toFixed(0)}, engine start ${m['engine-start'].toFixed(0)}, wasm +${(m['engine-wasm'] - m['engine-start']).toFixed(0)}, open +${(m['engine-open'] - m['engine-start']).toFixed(0)}, ready ${m['engine-ready'].toFixed(0)}`
				);
			}
		}
	} finally {
		await browser.close();
	}
	console.log(`${LINK}${AT_ONCE ? ' (engine at once)' : ''}: medians of ${RUNS} runs, ms`);
	console.log('variant\tfirst chart\tengine start\twasm +\topen +\ttables +\tengine ready');
	for (const [i, v] of variants.entries()) {
		const r = results[i]!;
		const at = (f: (m: (typeof r)[number]) => number) => median(r.map(f)).toFixed(0);
		console.log(
			[
				v.name,
				at((m) => m['first-chart']),
				at((m) => m['engine-start']),
				at((m) => m['engine-wasm'] - m['engine-start']),
				at((m) => m['engine-open'] - m['engine-start']),
				at((m) => m['engine-ready'] - m['engine-start']),
				at((m) => m['engine-ready'])
			].join('\t')
		);
	}
}

await main();
