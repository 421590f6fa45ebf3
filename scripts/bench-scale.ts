/**
 * `npm run bench -- --scale` (or `npm run bench:scale`): the dashboard in headless Chromium at both
 * dataset scales, side by side — the bundled set (`data/`, ≈ 22k government reports) and the
 * national scale (`data/scale/`, ≈ 1M reports of governments, departments and townships) — each
 * with native DuckDB on the same files as the reference. For each scale it builds the dashboard
 * once into its own directory (`.svelte-kit/bench-<scale>/`, kept; `--rebuild` builds again),
 * serves it, and opens a fixed list of links cold (governments at both scales; departments and
 * townships at 1M: one county's departments from a province partition, province-wide and national
 * views from the aggregates), then changes filters on a few views. It prints first chart, engine
 * ready, engine ready → all data drawn, column loading, filter change p50/p95, the tab's memory,
 * and every DuckDB statement the pages ran, timed again on native DuckDB (one thread, like the
 * wasm engine): the ratio, not only milliseconds.
 * Options: --node (the engine alone in Node instead, scripts/bench-scale-node.ts), --rebuild.
 * Figures only; nothing is asserted. Timings are noisy on a shared machine: give the load average.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { chromium, type Browser, type Page } from 'playwright-core';
import { partitionFile, partitionOf } from '../src/lib/dataset/partitions';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { browserMemoryMb } from '../tests/e2e/memory';
import { emulate } from './bench-profile';
import { startServer } from './bench-server';
import { markTime, timeChange } from './bench-steps';
import { median, ms, progress, quantile } from './bench-stats';

const args = process.argv.slice(2);
if (args.includes('--node')) {
	await import('./bench-scale-node');
	process.exit(0);
}

const PORT = Number(process.env.BENCH_PORT ?? 4281);
const BASE = `http://127.0.0.1:${PORT}`;
const WAIT = 120_000;
const NATIVE_RUNS = 5;

interface Scale {
	label: 'bundled' | '1M';
	dir: string;
	variant: string;
	buildArgs: string;
}
const SCALES: Scale[] = [
	{ label: 'bundled', dir: 'data', variant: 'bench-bundled', buildArgs: '' },
	{ label: '1M', dir: 'data/scale', variant: 'bench-scale', buildArgs: '--scale' }
];

/** Links opened cold; `lower` ones need departments or townships (the 1M dataset only). */
const LINKS: { link: string; what: string; lower?: boolean }[] = [
	{ link: '/?m=t3_new_received__total&y=2023&lvl=county', what: 'governments: overview' },
	{ link: '/rank?m=disclosure_rate&lvl=county&p=320000', what: 'governments: rank 江苏 counties' },
	{
		link: '/rank?lvl=county&p=320813&body=department',
		what: 'departments of 洪泽区 (partition)',
		lower: true
	},
	{
		link: '/rank?m=disclosure_rate&lvl=county&p=320000&body=department',
		what: 'departments, 江苏 counties (aggregate)',
		lower: true
	},
	{ link: '/?body=township&lvl=county', what: 'townships: overview (aggregate)', lower: true },
	{
		link: '/rank?lvl=county&p=540426&body=township',
		what: 'townships of one county (partition)',
		lower: true
	},
	{
		link: '/compare?r=320813,540426&body=department',
		what: 'departments: compare (aggregate)',
		lower: true
	},
	{
		link: '/requests?by=region&lvl=county&p=320800&body=department',
		what: 'departments: requests (aggregate)',
		lower: true
	}
];

/** Pages whose filters change: [link, lower]. Each page gets the same steps. */
const CHANGE_PAGES: [string, boolean][] = [
	['/rank?lvl=county&p=320000', false],
	['/?lvl=county', false],
	['/rank?lvl=county&p=320000&body=department', true],
	['/rank?lvl=county&p=320813&body=department', true],
	['/?body=township&lvl=county', true]
];
const STEPS: [label: string, value: string][] = [
	['年度', '2024'],
	['指标', 'disclosure_rate'],
	['年度', '2022'],
	['指标', 't2_license_decisions'],
	['年度', '2021'],
	['指标', 't3_new_received__total'],
	['年度', '2025']
];

interface Statement {
	sql: string;
	params: unknown[];
	wasm: number;
}
interface LinkResult {
	first: number;
	ready: number;
	/** Engine ready → every query answered and drawn. */
	toData: number;
	columns: number;
	statements: Statement[];
	rendererMb: number;
}

function build(s: Scale) {
	if (!args.includes('--rebuild') && existsSync(`.svelte-kit/${s.variant}/build/index.html`))
		return;
	progress(`building the dashboard on ${s.dir} (.svelte-kit/${s.variant})`);
	execSync(`nice -n 10 npx tsx scripts/build.ts ${s.buildArgs}`, {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, OGI_BUILD: s.variant }
	});
}

const mark = (page: Page, name: string) => markTime(page, name, WAIT);

/** Resolves with the page's clock once every query is answered and drawn. */
async function settled(page: Page): Promise<number> {
	await page.waitForFunction(
		() =>
			document.querySelector('main')?.dataset.pending === '0' &&
			!document.querySelector('[aria-busy="true"]'),
		null,
		{ timeout: WAIT }
	);
	return page.evaluate(
		() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))
	);
}

/** Durations of the column loads (`engine-columns`) the page waited for. */
const columnLoads = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('engine-columns').map((m) => m.duration));

const statementsOf = (page: Page) =>
	page.evaluate(() =>
		performance.getEntriesByName('duckdb-query').map((m) => ({
			...((m as PerformanceMeasure).detail as { sql: string; params: unknown[] }),
			wasm: m.duration
		}))
	);

async function fresh(browser: Browser) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await emulate(context, page, 'desktop', true);
	return { context, page };
}

async function openCold(browser: Browser, link: string): Promise<LinkResult> {
	const { context, page } = await fresh(browser);
	try {
		await page.goto(`${BASE}${link}`, { waitUntil: 'commit', timeout: WAIT });
		const first = await mark(page, 'first-chart');
		const ready = await mark(page, 'engine-ready');
		const done = await settled(page);
		const columns = Math.max(0, ...(await columnLoads(page)));
		const statements = await statementsOf(page);
		const { renderer } = await browserMemoryMb(browser);
		return { first, ready, toData: done - ready, columns, statements, rendererMb: renderer };
	} finally {
		await context.close();
	}
}

/**
 * Times one filter change inside the page: from the change event to the first frame after the
 * URL changed and every query settled. NaN when the page has no such select.
 */
async function changeFilters(browser: Browser, link: string) {
	const { context, page } = await fresh(browser);
	try {
		await page.goto(`${BASE}${link}`, { waitUntil: 'commit', timeout: WAIT });
		await mark(page, 'engine-ready');
		await settled(page);
		const opening = (await statementsOf(page)).length;
		const columnsBefore = await columnLoads(page);
		const times: number[] = [];
		for (const [label, value] of STEPS) times.push(await timeChange(page, label, value));
		const { renderer } = await browserMemoryMb(browser);
		// Only the statements the filter changes ran, on an engine with nothing else to do.
		const statements = (await statementsOf(page)).slice(opening);
		const columns = (await columnLoads(page)).slice(columnsBefore.length);
		return { times: times.filter(Number.isFinite), statements, renderer, columns };
	} finally {
		await context.close();
	}
}

/** The same statements on native DuckDB over the same files, tables loaded as a query names them. */
async function native(dir: string) {
	const conn: DuckDBConnection = await (
		await DuckDBInstance.create(':memory:', { threads: '1' })
	).connect();
	const loaded = new Set<string>();
	const fileOf = (t: string) => {
		const key = partitionOf(t);
		return join(dir, key ? partitionFile(key) : `${t}.parquet`);
	};
	return {
		async time(s: Statement): Promise<number> {
			for (const [, t] of s.sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)/gi)) {
				if (loaded.has(t!) || !existsSync(fileOf(t!))) continue;
				await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${fileOf(t!)}')`);
				loaded.add(t!);
			}
			const runs: number[] = [];
			for (let i = 0; i < NATIVE_RUNS; i++) {
				const t0 = performance.now();
				await conn.runAndReadAll(s.sql, s.params as DuckDBValue[]);
				runs.push(performance.now() - t0);
			}
			return median(runs);
		},
		close: () => conn.closeSync()
	};
}

interface ScaleResult {
	links: Map<string, LinkResult & { native: number }>;
	changes: number[];
	/** Statements while links open (queued behind table loading and each other). */
	cold: Sample;
	/** Statements of filter changes (the engine otherwise idle). */
	idle: Sample;
	/** Column loads a filter change waited for (a new metric's columns). */
	changeColumns: number[];
	rendererMb: number;
}
/** Per statement: the page's time (engine worker queue, run, transfer, rows to JS) and native's. */
interface Sample {
	wasm: number[];
	native: number[];
}

async function benchScale(s: Scale): Promise<ScaleResult> {
	build(s);
	const server = await startServer(PORT, s.variant);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const ref = await native(s.dir);
	const out: ScaleResult = {
		links: new Map(),
		changes: [],
		cold: { wasm: [], native: [] },
		idle: { wasm: [], native: [] },
		changeColumns: [],
		rendererMb: 0
	};
	const compare = async (statements: Statement[], sample: Sample) => {
		let nativeSum = 0;
		for (const st of statements) {
			const n = await ref.time(st);
			nativeSum += n;
			sample.wasm.push(st.wasm);
			sample.native.push(n);
		}
		return nativeSum;
	};
	try {
		const lower = s.label !== 'bundled';
		for (const l of LINKS.filter((x) => lower || !x.lower)) {
			const r = await openCold(browser, l.link);
			out.rendererMb = Math.max(out.rendererMb, r.rendererMb);
			out.links.set(l.link, { ...r, native: await compare(r.statements, out.cold) });
			progress(
				`${s.label} ${l.link}: first chart ${ms(r.first)}, engine ready ${ms(r.ready)}, → data +${ms(r.toData)}, tab ${r.rendererMb} MB`
			);
		}
		for (const [link, needsLower] of CHANGE_PAGES) {
			if (needsLower && !lower) continue;
			const r = await changeFilters(browser, link);
			out.changes.push(...r.times);
			out.changeColumns.push(...r.columns);
			out.rendererMb = Math.max(out.rendererMb, r.renderer);
			await compare(r.statements, out.idle);
			progress(
				`${s.label} ${link}: filter changes ${r.times.map((t) => Math.round(t)).join(' ')} ms`
			);
		}
	} finally {
		ref.close();
		await browser.close();
		server.kill();
	}
	return out;
}

const results = new Map<string, ScaleResult>();
for (const s of SCALES) {
	if (!existsSync(join(s.dir, s.label === 'bundled' ? 'reports.parquet' : 'manifest.json'))) {
		console.error(
			`${s.dir}/ 没有数据：先运行 npm run data${s.buildArgs ? ' -- --scale' : ''}（${s.label} skipped）`
		);
		continue;
	}
	results.set(s.label, await benchScale(s));
}

const [bundled, scale] = [results.get('bundled'), results.get('1M')];
const reports = existsSync('data/scale/manifest.json')
	? Object.values(
			(JSON.parse(readFileSync('data/scale/manifest.json', 'utf8')) as { reports: object })
				.reports as Record<string, number>
		).reduce((a, b) => a + b, 0)
	: 0;
console.log(
	`\nOGI Annual Report Explorer — both scales side by side (desktop profile, Chromium headless, localhost); 1M = ${reports} reports`
);
console.log(
	'\nLinks, cold (cache disabled): first chart · engine ready · engine ready → data drawn'
);
console.log(
	'  (wasm / native: the link’s DuckDB statements summed, DuckDB-wasm in the page vs native on the same files)'
);
for (const l of LINKS) {
	const cell = (r: ScaleResult | undefined) => {
		const x = r?.links.get(l.link);
		if (!x) return '—'.padEnd(50);
		const wasm = x.statements.reduce((sum, st) => sum + st.wasm, 0);
		return `${ms(x.first)} · ${ms(x.ready)} · +${ms(x.toData)} · ${ms(wasm)} / ${ms(x.native)}`.padEnd(
			50
		);
	};
	console.log(`  ${l.what.padEnd(40)} bundled ${cell(bundled)} 1M ${cell(scale)}`);
	console.log(`  ${''.padEnd(40)} ${l.link}`);
}

const medianOf = (r: ScaleResult | undefined, f: (x: LinkResult) => number, lower?: boolean) =>
	r
		? median(
				[...r.links.entries()]
					.filter(
						([link]) => lower === undefined || !!LINKS.find((l) => l.link === link)?.lower === lower
					)
					.map(([, x]) => f(x))
			)
		: NaN;
type Row = [what: string, bundled: string, scale: string, target: string, pass: boolean | null];
const rows: Row[] = [
	[
		'first chart median, government links',
		ms(medianOf(bundled, (x) => x.first, false)),
		ms(medianOf(scale, (x) => x.first, false)),
		'≤ 1500 ms',
		medianOf(scale, (x) => x.first, false) <= 1500
	],
	[
		'first chart median, department/township links',
		'—',
		ms(medianOf(scale, (x) => x.first, true)),
		'≤ 1500 ms',
		medianOf(scale, (x) => x.first, true) <= 1500
	],
	[
		'engine ready median',
		ms(medianOf(bundled, (x) => x.ready)),
		ms(medianOf(scale, (x) => x.ready)),
		'≤ 1000 ms',
		medianOf(scale, (x) => x.ready) <= 1000
	],
	[
		'engine ready → data drawn, median',
		ms(medianOf(bundled, (x) => x.toData)),
		ms(medianOf(scale, (x) => x.toData)),
		'',
		null
	],
	[
		'  of which column files loaded (median per link, longest wait)',
		ms(medianOf(bundled, (x) => x.columns)),
		ms(medianOf(scale, (x) => x.columns)),
		'',
		null
	],
	[
		`filter change p50 (changes: ${bundled?.changes.length ?? 0} / ${scale?.changes.length ?? 0})`,
		ms(quantile(bundled?.changes ?? [], 0.5)),
		ms(quantile(scale?.changes ?? [], 0.5)),
		'',
		null
	],
	[
		'filter change p95',
		ms(quantile(bundled?.changes ?? [], 0.95)),
		ms(quantile(scale?.changes ?? [], 0.95)),
		'≤ 100 / ≤ 250 ms',
		quantile(scale?.changes ?? [], 0.95) <= 250
	],
	[
		'  column loads waited for on filter changes: p50 / max',
		bundled?.changeColumns.length
			? `${ms(median(bundled.changeColumns))} / ${ms(Math.max(...bundled.changeColumns))}`
			: '—',
		scale?.changeColumns.length
			? `${ms(median(scale.changeColumns))} / ${ms(Math.max(...scale.changeColumns))}`
			: '—',
		'',
		null
	],
	...(['cold', 'idle'] as const).map((phase): Row => {
		const cell = (r: ScaleResult | undefined) => {
			if (!r || !r[phase].wasm.length) return '—';
			const { wasm, native } = r[phase];
			const ratio = median(wasm.map((w, i) => w / Math.max(0.01, native[i]!)));
			return `${median(wasm).toFixed(1)} / ${median(native).toFixed(1)} ms ${ratio.toFixed(1)}×`;
		};
		return [
			phase === 'cold'
				? 'DuckDB statements opening links: wasm / native, ratio'
				: 'DuckDB statements on filter changes: wasm / native, ratio',
			cell(bundled),
			cell(scale),
			'reference',
			null
		];
	}),
	[
		'tab memory (renderer RSS), largest',
		bundled ? `${bundled.rendererMb} MB` : '—',
		scale ? `${scale.rendererMb} MB` : '—',
		'≤ 1536 MB',
		scale ? scale.rendererMb <= 1536 : null
	]
];
console.log('\nSide by side (pass/fail is for 1M):');
console.log(
	"  (DuckDB statements: medians of the time a page waits for one — the engine worker's queue, the run,\n   the transfer and rows to JS — beside native DuckDB, one thread, on the same files; `--node` times\n   the engines alone)"
);
console.log(
	`        ${'figure'.padEnd(54)} ${'bundled'.padStart(24)} ${'1M'.padStart(24)}  target`
);
for (const [what, b, sc, target, pass] of rows)
	console.log(
		`  ${pass === null ? '    ' : pass ? 'PASS' : 'FAIL'}  ${what.padEnd(54)} ${b.padStart(24)} ${sc.padStart(24)}  ${target}`
	);
