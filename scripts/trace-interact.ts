/**
 * Where a filter change's time goes: `tsx scripts/trace-interact.ts [--phone] [--profile] [--step N]
 * [--settle MS] [--save FILE.cpuprofile]` against a
 * running `vite preview` (BENCH_PORT). Runs the bench's scripted changes on the landing page and
 * prints per change: total, DuckDB statements (count, summed and longest wasm time), and with
 * `--profile` the CPU profile's self time by script and the hottest functions.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { emulate } from './bench-profile';
import { INTERACTION_STEPS, timeChange } from './bench-steps';
import { startTracing } from './trace-events';

const args = process.argv.slice(2);
const phone = args.includes('--phone');
const profile = args.includes('--profile');
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4280}`;
const STEPS = INTERACTION_STEPS;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({
	viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
	serviceWorkers: 'block'
});
const page = await context.newPage();
// Every fetch of the session is listed (the default buffer of 250 entries fills during start-up).
await page.addInitScript('performance.setResourceTimingBufferSize(100000)');
const cdp = await emulate(context, page, phone ? 'phone' : 'desktop', true);
await page.goto(`${BASE}/`, { waitUntil: 'commit' });
await page.waitForFunction(() => performance.getEntriesByName('engine-ready').length > 0, null, {
	timeout: 120_000
});
await page.waitForFunction(
	() =>
		document.querySelector('main')?.dataset.pending === '0' &&
		!document.querySelector('[aria-busy="true"]'),
	null,
	{ timeout: 120_000 }
);
const trace = args.includes('--trace') ? await startTracing(cdp) : null;
if (profile) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	if (!args.includes('--step')) await cdp.send('Profiler.start');
}
const only = args.includes('--step') ? Number(args[args.indexOf('--step') + 1]) : -1;
// --settle MS: idle time before each change (what the page does ahead while the reader looks).
const settle = args.includes('--settle') ? Number(args[args.indexOf('--settle') + 1]) : 0;
for (const [i, [label, value]] of STEPS.entries()) {
	if (settle) await page.waitForTimeout(settle);
	// --step N: profile only the Nth change (the ones before it still run, unprofiled).
	if (profile && only >= 0 && i === only) await cdp.send('Profiler.start');
	// Counts and times each chart's setOption and resize (instances are wrapped once).
	await page.evaluate(() => {
		type Stats = { calls: string[] };
		const w = window as unknown as { __charts: Stats };
		w.__charts = { calls: [] };
		for (const node of document.querySelectorAll('.chart')) {
			const chart = (node as HTMLElement & { echart?: Record<string, unknown> }).echart;
			if (!chart || chart.__wrapped) continue;
			chart.__wrapped = true;
			for (const fn of ['setOption', 'resize'] as const) {
				const orig = chart[fn] as (...a: unknown[]) => unknown;
				chart[fn] = function (this: unknown, ...a: unknown[]) {
					const t0 = performance.now();
					const r = orig.apply(this, a);
					const start = performance.getEntriesByName('bench-change').at(-1)?.startTime ?? 0;
					w.__charts.calls.push(
						`${fn} @${(t0 - start).toFixed(0)} ${(performance.now() - t0).toFixed(1)}ms`
					);
					return r;
				};
			}
		}
	});
	const total = await timeChange(page, label, value);
	const r = await page.evaluate(() => {
		const start = performance.getEntriesByName('bench-change').at(-1)!.startTime;
		// No named functions in here: tsx would wrap them in a helper the page does not have.
		const q = [
			...performance.getEntriesByName('duckdb-query').map((m) => ({
				s: m.startTime - start,
				d: m.duration,
				sql: ((m as PerformanceMeasure).detail as { sql: string }).sql
			})),
			...performance.getEntriesByType('resource').map((m) => ({
				s: m.startTime - start,
				d: m.duration,
				sql: `fetch ${m.name.replace(location.origin, '')}`
			}))
		]
			.filter((x) => x.s >= 0)
			.sort((a, b) => a.s - b.s);
		return { q, calls: (window as unknown as { __charts: { calls: string[] } }).__charts.calls };
	});
	const sum = r.q.filter((x) => !x.sql.startsWith('fetch')).reduce((s, x) => s + x.d, 0);
	const max = Math.max(0, ...r.q.map((x) => x.s + x.d));
	console.log(
		`${label}=${value}`.padEnd(30),
		`total ${total.toFixed(0).padStart(5)} ms  duckdb ${r.q.length} stmts Σ${sum.toFixed(0)} last-end ${max.toFixed(0)}`
	);
	console.log('      charts: ' + r.calls.join(' | '));
	if (profile && only >= 0 && i === only) break;
	for (const x of r.q)
		console.log(
			`      @${x.s.toFixed(0).padStart(4)} ${x.d.toFixed(1).padStart(6)} ms  ${x.sql.replace(/\s+/g, ' ').slice(0, 110)}`
		);
}
if (trace) {
	const events = await trace.stop();
	// --save FILE: the trace beside the profile (FILE.trace.json, DevTools' Performance panel opens it).
	if (args.includes('--save'))
		writeFileSync(`${args[args.indexOf('--save') + 1]}.trace.json`, JSON.stringify(events));
	// The renderer's main thread: the one with the most top-level task time.
	const byThread = new Map<string, number>();
	for (const e of events)
		if (e.name === 'RunTask' && e.dur)
			byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
	const main = [...byThread].sort((a, b) => b[1] - a[1])[0]![0];
	const sums = new Map<string, number>();
	for (const e of events)
		if (`${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
			sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
	console.log('\nmain thread, inclusive ms by trace event:');
	for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25))
		console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
	// Per change: the main thread's tasks from its `bench-change` mark to the next (≥ 2 ms), each
	// with its largest inner events, to see what a change waits for and what it runs.
	const onMain = events
		.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
		.sort((a, b) => a.ts - b.ts);
	const marks = events
		.filter((e) => e.name === 'bench-change' && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n'))
		.map((e) => e.ts)
		.sort((a, b) => a - b);
	for (const [k, start] of marks.entries()) {
		const end = marks[k + 1] ?? Infinity;
		// From the task that dispatched the change (it holds the mark) to the one before the next.
		const tasks = onMain.filter(
			(e) =>
				e.name === 'RunTask' &&
				e.ts + e.dur! >= start &&
				e.ts < end &&
				!(e.ts < end && e.ts + e.dur! > end)
		);
		let busy = 0;
		let cpu = 0;
		const lines: string[] = [];
		for (const task of tasks) {
			busy += task.dur!;
			cpu += task.tdur ?? 0;
			if (task.dur! < 2000) continue;
			const inner = onMain
				.filter(
					(e) =>
						e !== task &&
						e.name !== 'RunTask' &&
						e.ts >= task.ts &&
						e.ts + e.dur! <= task.ts + task.dur! &&
						e.dur! >= 1000
				)
				.sort((a, b) => b.dur! - a.dur!)
				.slice(0, 4)
				.map((e) => {
					const fn = e.args?.data?.functionName;
					return `${e.name}${fn ? `(${fn})` : ''} ${(e.dur! / 1000).toFixed(0)}`;
				});
			lines.push(
				`   @${((task.ts - start) / 1000).toFixed(0).padStart(4)} ${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${inner.join(', ')}`
			);
		}
		const [label, value] = STEPS[k] ?? ['?', '?'];
		console.log(
			`\n${label}=${value}: main thread busy ${(busy / 1000).toFixed(0)} ms (CPU ${(cpu / 1000).toFixed(0)} ms) until the next change`
		);
		for (const l of lines) console.log(l);
	}
}
if (profile) {
	const { profile: p } = await cdp.send('Profiler.stop');
	// --save FILE: the raw profile, to open in DevTools' Performance panel or read by line.
	if (args.includes('--save')) writeFileSync(args[args.indexOf('--save') + 1]!, JSON.stringify(p));
	const dt = new Map<number, number>();
	for (let i = 0; i < p.samples!.length; i++)
		dt.set(p.samples![i]!, (dt.get(p.samples![i]!) ?? 0) + p.timeDeltas![i]! / 1000);
	const byUrl = new Map<string, number>();
	const byFn = new Map<string, number>();
	for (const n of p.nodes) {
		const t = dt.get(n.id) ?? 0;
		const url =
			n.callFrame.url.replace(BASE, '').replace(/\?.*$/, '') ||
			`(${n.callFrame.functionName || 'native'})`;
		byUrl.set(url, (byUrl.get(url) ?? 0) + t);
		const fn = `${n.callFrame.functionName || '(anon)'} ${url.split('/').pop()}:${n.callFrame.lineNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + t);
	}
	// Inclusive time: each sample's time added to every distinct function on its stack.
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const nodes = new Map(p.nodes.map((n) => [n.id, n]));
	const incl = new Map<string, number>();
	for (const [id, t] of dt) {
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const f = nodes.get(cur)!.callFrame;
			const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
			if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + t);
			seen.add(k);
		}
	}
	const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
	console.log('\nself time by script (ms):');
	for (const [k, v] of top(byUrl, 15)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
	console.log('\nhottest functions (ms):');
	for (const [k, v] of top(byFn, 40)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
	console.log('\ninclusive (ms):');
	for (const [k, v] of top(incl, 60)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
}
await browser.close();
