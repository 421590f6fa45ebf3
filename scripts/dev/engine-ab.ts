/**
 * A/B of the built app's cold start, in alternation (A, B, A, B…): the landing page's (or a link's)
 * first chart and engine ready with the bench's marks (db/client.ts), for several build
 * directories, e.g. copies of build/ with another DuckDB wasm in place. One server at a time on
 * BENCH_PORT, a fresh context per run, HTTP cache off and no service worker, like `npm run bench`.
 *
 * Usage: tsx scripts/dev/engine-ab.ts [--runs N] [--link /path?query | --links N] name=dir[,once] …
 *   --links N: the first N of the bench's shared links (tests/shared-links.ts) in each run.
 *   `,once`: the engine starts when the app's code first asks for it (hydration) instead of after
 *   the first chart: the page's inline script is kept, only its `settled` promise is hidden from
 *   db/client.ts engineMayStart. Compares that policy with the app's on the same build.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { SHARED_LINKS } from '../../tests/shared-links';
import { markTime } from '../bench-steps';
import { median } from '../bench-stats';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs') ?? 5);
const LINKS = opt('--links')
	? SHARED_LINKS.slice(0, Number(opt('--links')))
	: [opt('--link') ?? '/'];
const PORT = Number(process.env.BENCH_PORT ?? 4291);
const variants = args
	.filter((a) => /^[\w.-]+=/.test(a))
	.map((a) => {
		const [name, spec] = a.split(/=(.*)/s) as [string, string];
		const [dir, flag] = spec.split(',') as [string, string | undefined];
		return { name, dir, once: flag === 'once' };
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

/**
 * Keeps the inline script's early files and hides its `settled` promise. A string: a function
 * would be compiled by tsx with name helpers the page lacks, and the script would throw unseen.
 */
const ENGINE_AT_ONCE = `{
	let fast;
	Object.defineProperty(globalThis, '__ogiFast', {
		configurable: true,
		get: () => fast,
		set: (early) => (fast = { files: early.files })
	});
}`;

type Marks = Record<(typeof MARKS)[number], number>;

async function main() {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results = variants.map(() => [] as Marks[]);
	try {
		for (let run = 0; run < RUNS; run++) {
			for (const [i, v] of variants.entries()) {
				const server = await serve(v.dir);
				try {
					for (const link of LINKS) {
						const context = await browser.newContext({
							viewport: { width: 1280, height: 900 },
							serviceWorkers: 'block'
						});
						const page = await context.newPage();
						const cdp = await context.newCDPSession(page);
						await cdp.send('Network.enable');
						await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
						if (v.once) await page.addInitScript(ENGINE_AT_ONCE);
						await page.goto(`http://127.0.0.1:${PORT}${link}`, { waitUntil: 'commit' });
						await markTime(page, 'first-chart', 60_000);
						await markTime(page, 'engine-ready', 60_000);
						const marks = (await page.evaluate(
							(names) =>
								Object.fromEntries(
									names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])
								),
							[...MARKS]
						)) as Marks;
						results[i]!.push(marks);
						await context.close();
						console.error(
							`run ${run + 1} ${v.name} ${link}: first chart ${marks['first-chart'].toFixed(0)}, engine start ${marks['engine-start'].toFixed(0)}, wasm +${(marks['engine-wasm'] - marks['engine-start']).toFixed(0)}, open +${(marks['engine-open'] - marks['engine-start']).toFixed(0)}, ready ${marks['engine-ready'].toFixed(0)}`
						);
					}
				} finally {
					server.kill();
					await new Promise((r) => server.once('exit', r));
				}
			}
		}
	} finally {
		await browser.close();
	}
	const where = LINKS.length === 1 ? LINKS[0] : `${LINKS.length} shared links`;
	console.log(`${where}: medians of ${RUNS} runs × ${LINKS.length} pages, ms`);
	console.log('variant\tfirst chart\tengine start\twasm +\topen +\ttables +\tengine ready');
	for (const [i, v] of variants.entries()) {
		const r = results[i]!;
		const at = (f: (m: Marks) => number) => median(r.map(f)).toFixed(0);
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
