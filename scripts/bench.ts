/**
 * `npm run bench` (after `npm run build`): drives the built app in headless Chromium and prints
 * every target of issue #10 with pass/fail:
 *   - cold first chart for a fixed list of shared links (tests/shared-links.ts) and the landing page
 *   - engine ready, repeat visit (cached), filter change → all charts updated (p50/p95)
 *   - JS per chunk (brotli), the landing route's JS, and DuckDB-wasm vs native on the same statements
 * Options: --profile desktop|phone (phone: CPU 4× slower, 10 Mbit/s, 40 ms RTT through CDP),
 *          --runs N (landing cold loads, default 5), --links N (first N shared links, default all),
 *          --cold (cold loads and JS sizes only: no repeat visits, filter changes or native ratio),
 *          --only filter (the filter changes alone, --runs N fresh pages of them, default 3: for A/B
 *          runs of the interaction target; the same steps and timing as the full bench).
 * Figures only; nothing here is asserted. Timings are noisy on a shared machine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { SHARED_LINKS } from '../tests/shared-links';
import { emulate } from './bench-profile';
import { startServer } from './bench-server';
import { INTERACTION_STEPS, markTime, timeChange } from './bench-steps';
import { parseSections, readExports } from './wasm/module.mjs';
import { installedDuckdb } from './wasm/slim.mjs';
import { median, ms, progress, quantile } from './bench-stats';

const args = process.argv.slice(2);
// `npm run bench -- --scale`: both dataset scales side by side with native DuckDB (bench-scale.ts).
if (args.includes('--scale')) {
	await import('./bench-scale');
	process.exit(0);
}
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs')) || 5;
const PROFILE = opt('--profile') === 'phone' ? 'phone' : 'desktop';
const COLD_ONLY = args.includes('--cold');
const FILTER_ONLY = opt('--only') === 'filter';
const FILTER_RUNS = COLD_ONLY ? 0 : FILTER_ONLY ? Number(opt('--runs')) || 3 : Math.min(RUNS, 3);
const LINKS = SHARED_LINKS.slice(0, Number(opt('--links')) || SHARED_LINKS.length);
// Not 4190: fetch and Chromium refuse it (a "bad port", ManageSieve). BENCH_PORT for side-by-side runs.
const PORT = Number(process.env.BENCH_PORT ?? 4280);
const BASE = `http://127.0.0.1:${PORT}`;
const WAIT = PROFILE === 'phone' ? 120_000 : 60_000;

const kB = (b: number) => `${(b / 1024).toFixed(0)} kB`;

function walk(dir: string, out: string[] = []): string[] {
	for (const f of readdirSync(dir)) {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

const MB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

/**
 * The DuckDB wasm the build serves (the eh bundle, which Chromium picks) beside the installed one:
 * the figures are those of the module actually measured (scripts/wasm/slim.mjs).
 */
function wasmMeasured(): string {
	const dir = 'build/_app/immutable/assets';
	const file = readdirSync(dir).find((f) => /^duckdb-eh\.[\w-]+\.wasm$/.test(f));
	if (!file) return 'DuckDB wasm: none in build/';
	const exportsOf = (path: string) => readExports(parseSections(readFileSync(path))).length;
	const served = join(dir, file);
	const br = existsSync(`${served}.br`) ? `, ${MB(statSync(`${served}.br`).size)} brotli` : '';
	const { wasm } = installedDuckdb();
	return `DuckDB wasm measured: ${file} ${MB(statSync(served).size)}${br}, ${exportsOf(served)} exports (installed duckdb-eh.wasm: ${MB(statSync(wasm).size)}, ${exportsOf(wasm)} exports)`;
}

/** Every JS chunk with its brotli size, and the landing route's: what index.html loads up front. */
function jsSizes() {
	const chunks = walk('build/_app')
		.filter((f) => f.endsWith('.js'))
		.map((f) => {
			const b = readFileSync(f);
			return {
				file: f.replace(/^build/, ''),
				brotli: brotliCompressSync(b).length,
				gzip: gzipSync(b).length
			};
		})
		.sort((a, b) => b.brotli - a.brotli);
	const html = readFileSync('build/index.html', 'utf8');
	const landing = chunks.filter((c) => html.includes(c.file) && !/duckdb-browser/.test(c.file));
	return { chunks, landingBrotli: landing.reduce((s, c) => s + c.brotli, 0), landing };
}

const throttle = (context: BrowserContext, page: Page, cacheDisabled: boolean) =>
	emulate(context, page, PROFILE, cacheDisabled);

const mark = (page: Page, name: string) => markTime(page, name, WAIT);

async function waitIdle(page: Page) {
	await page.waitForFunction(
		() => {
			const main = document.querySelector('main');
			return main?.dataset.pending === '0' && !document.querySelector('[aria-busy="true"]');
		},
		null,
		{ timeout: WAIT }
	);
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
}

async function main() {
	if (!existsSync('build/index.html'))
		throw new Error('build/ is missing: run `npm run build` first');
	const server = await startServer(PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const fresh = async (cacheDisabled = true) => {
		const context = await browser.newContext({
			viewport: PROFILE === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 },
			serviceWorkers: cacheDisabled ? 'block' : 'allow'
		});
		const page = await context.newPage();
		const cdp = await throttle(context, page, cacheDisabled);
		return { context, page, cdp };
	};
	try {
		// Cold landing page: first chart and engine ready.
		const landingChart: number[] = [];
		const engineReady: number[] = [];
		const heap: number[] = [];
		// Where engine ready's time goes (client.ts marks): start, wasm instantiated, tables in.
		const phases: { start: number; wasm: number; open: number; ready: number }[] = [];
		for (let run = 0; run < (FILTER_ONLY ? 0 : RUNS); run++) {
			const { context, page, cdp } = await fresh();
			await page.goto(`${BASE}/`, { waitUntil: 'commit', timeout: WAIT });
			landingChart.push(await mark(page, 'first-chart'));
			engineReady.push(await mark(page, 'engine-ready'));
			phases.push(
				// No named functions inside: tsx would wrap them in a helper the page does not have.
				await page.evaluate(() => {
					const [start, wasm, open, ready] = [
						'engine-start',
						'engine-wasm',
						'engine-open',
						'engine-ready'
					].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
					return { start: start!, wasm: wasm!, open: open!, ready: ready! };
				})
			);
			await cdp.send('Performance.enable');
			const { metrics } = await cdp.send('Performance.getMetrics');
			heap.push(metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN);
			progress(
				`landing ${run + 1}: first chart ${ms(landingChart.at(-1)!)}, engine ${ms(engineReady.at(-1)!)}`
			);
			await context.close();
		}
		// Shared links, each cold in a fresh context.
		const links: { link: string; first: number }[] = [];
		for (const link of FILTER_ONLY ? [] : LINKS) {
			const { context, page } = await fresh();
			await page.goto(`${BASE}${link}`, { waitUntil: 'commit', timeout: WAIT });
			links.push({ link, first: await mark(page, 'first-chart') });
			progress(`${link}: first chart ${ms(links.at(-1)!.first)}`);
			await context.close();
		}
		// Repeat visit: the same context (HTTP cache and service worker) opens a link again.
		const repeat: number[] = [];
		if (!COLD_ONLY && !FILTER_ONLY) {
			const { context, page } = await fresh(false);
			await page.goto(`${BASE}/`, { waitUntil: 'commit', timeout: WAIT });
			await mark(page, 'engine-ready');
			await waitIdle(page);
			// The service worker has cached this version (install done, active).
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			for (const link of LINKS.slice(0, 5)) {
				const again = await context.newPage();
				await throttle(context, again, false);
				await again.goto(`${BASE}${link}`, { waitUntil: 'commit', timeout: WAIT });
				repeat.push(await mark(again, 'first-chart'));
				progress(`repeat ${link}: first chart ${ms(repeat.at(-1)!)}`);
				await again.close();
			}
			await context.close();
		}
		// Interaction: scripted filter changes on the landing page once everything settled.
		const updates: number[] = [];
		const perStep = new Map<string, number[]>();
		const statements = new Map<string, { sql: string; params: unknown[]; wasm: number[] }>();
		for (let run = 0; run < FILTER_RUNS; run++) {
			const { context, page } = await fresh();
			await page.goto(`${BASE}/`, { waitUntil: 'commit', timeout: WAIT });
			await mark(page, 'engine-ready');
			await waitIdle(page);
			for (const [label, value] of INTERACTION_STEPS) {
				updates.push(await timeChange(page, label, value));
				const step = `${label}=${value}`;
				perStep.set(step, [...(perStep.get(step) ?? []), updates.at(-1)!]);
			}
			// DuckDB statements the page ran (warm-up and engine-only queries), for the native ratio:
			// the warm-up runs once the reader has paused (query.svelte.ts warmUp), after the steps.
			if (!FILTER_ONLY) await mark(page, 'engine-warm');
			const measures = await page.evaluate(() =>
				performance.getEntriesByName('duckdb-query').map((m) => ({
					d: m.duration,
					detail: (m as PerformanceMeasure).detail as { sql: string; params: unknown[] }
				}))
			);
			for (const m of measures) {
				const key = JSON.stringify(m.detail);
				const s = statements.get(key) ?? { ...m.detail, wasm: [] };
				s.wasm.push(m.d);
				statements.set(key, s);
			}
			await context.close();
		}
		const ratios: number[] = [];
		const wasmAll: number[] = [];
		const nativeAll: number[] = [];
		if (!FILTER_ONLY) {
			const conn = await (await DuckDBInstance.create(':memory:')).connect();
			for (const t of ['reports', 'regions', 'validation'])
				await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('data/${t}.parquet')`);
			for (const s of statements.values()) {
				const native: number[] = [];
				for (let i = 0; i < 5; i++) {
					const t0 = performance.now();
					await conn.runAndReadAll(s.sql, s.params as DuckDBValue[]);
					native.push(performance.now() - t0);
				}
				wasmAll.push(median(s.wasm));
				nativeAll.push(median(native));
				ratios.push(median(s.wasm) / Math.max(0.01, median(native)));
			}
			conn.closeSync();
		}

		const phone = PROFILE === 'phone';
		console.log(
			`OGI Annual Report Explorer benchmark — profile ${PROFILE}${phone ? ' (CPU 4× throttled, 10 Mbit/s, 40 ms RTT)' : ''}, Chromium headless, localhost`
		);
		console.log(wasmMeasured());
		const stepTable = () => {
			console.log(`\nFilter changes on the landing page, each step's runs (ms):`);
			for (const [step, times] of perStep)
				console.log(
					`  ${step.padEnd(32)} ${times.map((t) => String(Math.round(t)).padStart(5)).join(' ')}`
				);
		};
		const filterLine = () =>
			`filter change → all charts updated p95 (p50 ${ms(quantile(updates, 0.5))}, ${updates.length} changes)`;
		if (FILTER_ONLY) {
			stepTable();
			const p95 = quantile(updates, 0.95);
			console.log(
				`\nTargets (--only filter):\n  ${p95 <= 100 ? 'PASS' : 'FAIL'}  ${filterLine().padEnd(72)} ${ms(p95).padStart(10)}  ≤ 100 ms`
			);
			return;
		}
		const js = jsSizes();
		console.log(`\nShared links, cold (cache disabled), first chart:`);
		for (const l of links) console.log(`  ${ms(l.first).padStart(9)}  ${l.link}`);
		console.log(`\nJS chunks (brotli), largest first:`);
		for (const c of js.chunks.slice(0, 15))
			console.log(
				`  ${kB(c.brotli).padStart(7)}  ${c.file}${js.landing.includes(c) ? '  [landing]' : ''}`
			);
		console.log(
			`  … ${js.chunks.length} chunks in all, ${kB(js.chunks.reduce((s, c) => s + c.brotli, 0))} brotli`
		);

		stepTable();
		console.log(`\nRepeat visits, first chart: ${repeat.map((t) => ms(t)).join(', ')}`);

		const linkMedian = median(links.map((l) => l.first));
		const rows: [string, string, string, boolean | null][] = [
			[
				`any shared link, cold: first chart median (${links.length} links)`,
				ms(linkMedian),
				phone ? '≤ 3000 ms' : '≤ 1500 ms',
				linkMedian <= (phone ? 3000 : 1500)
			],
			['  slowest shared link', ms(Math.max(...links.map((l) => l.first))), '', null],
			[
				'landing page, cold: first chart median',
				ms(median(landingChart)),
				phone ? '≤ 3000 ms' : '≤ 1500 ms',
				median(landingChart) <= (phone ? 3000 : 1500)
			],
			[
				'engine ready median',
				ms(median(engineReady)),
				phone ? '(desktop target only)' : '≤ 1000 ms',
				phone ? null : median(engineReady) <= 1000
			],
			[
				`  engine starts at ${ms(median(phases.map((p) => p.start)))} (after the page's first chart, db/client.ts engineMayStart); from there: wasm compiled +${ms(median(phases.map((p) => p.wasm - p.start)))}, opened +${ms(median(phases.map((p) => p.open - p.start)))}, tables loaded +${ms(median(phases.map((p) => p.ready - p.start)))}`,
				'',
				'',
				null
			],
			['repeat visit: first chart median', ms(median(repeat)), '≤ 500 ms', median(repeat) <= 500],
			[filterLine(), ms(quantile(updates, 0.95)), '≤ 100 ms', quantile(updates, 0.95) <= 100],
			[
				'landing-route JS (brotli)',
				kB(js.landingBrotli),
				'≤ 250 kB',
				js.landingBrotli <= 250 * 1024
			],
			[
				'JS heap after engine ready (median)',
				`${(median(heap) / 1048576).toFixed(0)} MB`,
				'≤ 1536 MB',
				median(heap) <= 1536 * 1048576
			],
			[
				`DuckDB-wasm vs native, ${statements.size} statements (median ms ${median(wasmAll).toFixed(1)} vs ${median(nativeAll).toFixed(1)})`,
				`${median(ratios).toFixed(1)}×`,
				'reference',
				null
			],
			[
				'dataset: reports.parquet',
				`${(statSync('data/reports.parquet').size / 1048576).toFixed(2)} MB`,
				'bundled scale',
				null
			]
		];
		console.log(`\nTargets${COLD_ONLY ? ' (--cold: cold loads and JS only)' : ''}:`);
		const shown = COLD_ONLY
			? rows.filter(([what]) => /shared link|landing|engine/.test(what))
			: rows;
		for (const [what, value, target, pass] of shown)
			console.log(
				`  ${pass === null ? '    ' : pass ? 'PASS' : 'FAIL'}  ${what.padEnd(72)} ${value.padStart(10)}  ${target}`
			);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
