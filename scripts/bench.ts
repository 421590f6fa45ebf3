/**
 * `npm run bench`: drives the built app in headless Chromium and prints medians over repeated cold
 * loads (first chart, engine ready), filter → all charts updated (p50/p95 over scripted changes),
 * the JS shipped (compressed) and in-browser vs native DuckDB on the same statements.
 * Options: --runs N (default 5). Figures only; nothing here is asserted.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${Math.round(x)} ms`;

function jsSizes() {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const f of readdirSync(dir)) {
			const p = join(dir, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (p.endsWith('.js')) files.push(p);
		}
	};
	walk('build/_app');
	const size = (list: string[], z: (b: Buffer) => Buffer): number =>
		list.reduce((s, f) => s + z(readFileSync(f)).length, 0);
	const duckdb = files.filter((f) => /duckdb-browser/.test(f));
	const app = files.filter((f) => !duckdb.includes(f));
	// What the landing page loads before its first chart: the modules index.html preloads.
	const html = readFileSync('build/index.html', 'utf8');
	const initial = app.filter((f) => html.includes(f.replace(/^build/, '')));
	return {
		appGzip: size(app, gzipSync),
		appBrotli: size(app, (b) => brotliCompressSync(b)),
		initialGzip: size(initial, gzipSync),
		duckdbWorkerGzip: size(duckdb, gzipSync)
	};
}

async function waitIdle(page: Page) {
	await page.waitForFunction(
		() => {
			const main = document.querySelector('main');
			return main?.dataset.pending === '0' && !document.querySelector('[aria-busy="true"]');
		},
		null,
		{ timeout: 60_000 }
	);
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
}

/**
 * Times one filter change inside the page, from the change event to the first frame painted after
 * the URL changed and every query settled (no test-driver round trips in the figure).
 */
function timeChange(page: Page, label: string, value: string): Promise<number> {
	return page.evaluate(
		async ([label, value]) => {
			const select = [...document.querySelectorAll('select')].find(
				(s) => s.getAttribute('aria-label') === label
			)!;
			const main = document.querySelector('main')!;
			const url = location.href;
			const start = performance.now();
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			// A plain loop: tsx would wrap a named function in a helper the page does not have.
			while (location.href === url || main.dataset.pending !== '0')
				await new Promise((r) => setTimeout(r, 1));
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			return performance.now() - start;
		},
		[label, value] as const
	);
}

const mark = (page: Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

async function main() {
	if (!existsSync('build/index.html'))
		throw new Error('build/ is missing: run `npm run build` first');
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
		{ stdio: 'ignore' }
	);
	await new Promise((r) => setTimeout(r, 2500));
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const firstChart: number[] = [];
		const engineReady: number[] = [];
		const updates: number[] = [];
		const statements = new Map<string, { sql: string; params: unknown[]; wasm: number[] }>();
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await page.goto(`${BASE}/`);
			await page.waitForFunction(
				() => performance.getEntriesByName('engine-ready').length > 0,
				null,
				{ timeout: 60_000 }
			);
			firstChart.push(await mark(page, 'first-chart'));
			engineReady.push(await mark(page, 'engine-ready'));
			await waitIdle(page);
			// Scripted filter changes, each timed from the control change to every chart settled.
			const steps: [string, string][] = [
				['年度', '2024'],
				['年度', '2023'],
				['层级', 'prefecture'],
				['层级', 'county'],
				['指标', 'disclosure_rate'],
				['年度', '2022'],
				['指标', 't2_license_decisions'],
				['层级', 'province'],
				['指标', 'review_correction_rate'],
				['年度', '2025']
			];
			for (const [label, value] of steps) updates.push(await timeChange(page, label, value));
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
		const conn = await (await DuckDBInstance.create(':memory:')).connect();
		for (const t of ['reports', 'regions', 'validation'])
			await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('data/${t}.parquet')`);
		const ratios: number[] = [];
		const wasmAll: number[] = [];
		const nativeAll: number[] = [];
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
		const js = jsSizes();
		const parquet = statSync('data/reports.parquet').size;
		console.log(
			`OGI Annual Report Explorer benchmark (${RUNS} cold loads, Chromium headless, localhost, cache disabled)`
		);
		console.log(
			`  first chart after navigation (median):        ${ms(median(firstChart))}   [target ≤ 1500 ms]`
		);
		console.log(`  data engine ready (median):                   ${ms(median(engineReady))}`);
		console.log(
			`  filter change → all charts updated: p50 ${ms(quantile(updates, 0.5))}, p95 ${ms(quantile(updates, 0.95))} over ${updates.length} changes   [target p95 ≤ 100 ms]`
		);
		console.log(
			`  app JS shipped, all chunks: ${(js.appGzip / 1024).toFixed(0)} kB gzip, ${(js.appBrotli / 1024).toFixed(0)} kB brotli (excl. DuckDB worker ${(js.duckdbWorkerGzip / 1024).toFixed(0)} kB gzip and wasm)   [target ≤ 250 kB]`
		);
		console.log(
			`  of which the landing page preloads: ${(js.initialGzip / 1024).toFixed(0)} kB gzip`
		);
		console.log(`  dataset: reports.parquet ${(parquet / 1048576).toFixed(2)} MB`);
		console.log(
			`  DuckDB-wasm vs native on the same ${statements.size} statements: median ${median(wasmAll).toFixed(1)} ms vs ${median(nativeAll).toFixed(1)} ms; median ratio ${median(ratios).toFixed(1)}×`
		);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
