/**
 * Where a cold link's time goes: `tsx scripts/trace-link.ts <link>… [--phone]` against a running
 * `tsx scripts/serve.ts --port $BENCH_PORT` (the production server): every resource with start/end and size, long
 * tasks and the app's marks. `--repeat`: a repeat visit instead, i.e. the landing page first (service worker
 * installed, engine ready), then each link in a new page of the same context. Each resource says who answered
 * it (`cache`: a static route of the service worker, `fetch-event`: its fetch handler, `net`: network or HTTP
 * cache). `--trace`: main-thread time by trace event and the long tasks up to the first chart (`--save <dir>`
 * also writes the raw events); `--profile`:
 * self time by script and function.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { emulate } from './bench-profile';
import { startTracing } from './trace-events';

const args = process.argv.slice(2);
const phone = args.includes('--phone');
const repeat = args.includes('--repeat');
const links = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--save');
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4280}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shared = repeat ? await browser.newContext({ serviceWorkers: 'allow' }) : null;
if (shared) {
	const first = await shared.newPage();
	await emulate(shared, first, phone ? 'phone' : 'desktop', false);
	await first.goto(BASE + '/', { waitUntil: 'commit' });
	await first.waitForFunction(() => performance.getEntriesByName('engine-ready').length > 0);
	await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await first.close();
}
for (const link of links) {
	const context = shared ?? (await browser.newContext({ serviceWorkers: 'block' }));
	const page = await context.newPage();
	const cdp = await emulate(context, page, phone ? 'phone' : 'desktop', !repeat);
	const trace = args.includes('--trace') ? await startTracing(cdp) : null;
	if (args.includes('--profile')) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
		await cdp.send('Profiler.start');
	}
	await page.addInitScript(() => {
		new PerformanceObserver((l) => {
			for (const e of l.getEntries())
				((window as unknown as { __long: number[][] }).__long ??= []).push([
					e.startTime,
					e.duration
				]);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(BASE + link, { waitUntil: 'commit' });
	await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, {
		timeout: 60000
	});
	if (trace) {
		const events = await trace.stop();
		// `--save <dir>`: the raw events too (chrome://tracing or Perfetto opens them).
		const dir = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
		if (dir) writeFileSync(`${dir}/trace-${links.indexOf(link)}.json`, JSON.stringify(events));
		// Up to the first-chart mark, on the renderer's main thread (the most top-level task time).
		const mark = events.find((e) => e.name === 'first-chart');
		const byThread = new Map<string, number>();
		for (const e of events)
			if (e.name === 'RunTask' && e.dur)
				byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
		const main = mark
			? `${mark.pid}:${mark.tid}`
			: [...byThread].sort((a, b) => b[1] - a[1])[0]![0];
		const sums = new Map<string, [number, number]>();
		for (const e of events)
			if (`${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur && (!mark || e.ts < mark.ts)) {
				const [wall, cpu] = sums.get(e.name) ?? [0, 0];
				sums.set(e.name, [wall + e.dur / 1000, cpu + (e.tdur ?? 0) / 1000]);
			}
		console.log('main thread before first chart, inclusive ms by trace event (wall, CPU):');
		for (const [k, [wall, cpu]] of [...sums].sort((a, b) => b[1][0] - a[1][0]).slice(0, 22))
			console.log(`  ${wall.toFixed(0).padStart(6)} ${cpu.toFixed(0).padStart(6)}  ${k}`);
		if (mark) {
			// The main thread's tasks over time (ms since navigation): busy or waiting (I/O, cache
			// reads, other processes), and what the long ones did (their longest trace events).
			const at = await page.evaluate(
				() => performance.getEntriesByName('first-chart')[0]!.startTime
			);
			const since = (ts: number) => at - (mark.ts - ts) / 1000;
			const own = events.filter(
				(e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur && e.ts < mark.ts
			);
			const tasks = own.filter((e) => e.name === 'RunTask');
			const busy = tasks.reduce((s, e) => s + Math.min(e.dur!, mark.ts - e.ts) / 1000, 0);
			// Thread (CPU) time: what the page itself costs, less inflated than wall time by other
			// processes on a busy machine (a task straddling the mark counts in proportion).
			const cpu = tasks.reduce(
				(s, e) => s + ((e.tdur ?? 0) * Math.min(1, (mark.ts - e.ts) / e.dur!)) / 1000,
				0
			);
			console.log(
				`main thread until first chart (${at.toFixed(0)} ms): busy ${busy.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms), waiting ${(at - busy).toFixed(0)} ms; tasks ≥ 20 ms (wall +CPU):`
			);
			for (const task of tasks.filter((e) => e.dur! >= 20000)) {
				const inside = own
					.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
					.filter((e) => e.name !== 'RunTask')
					.sort((a, b) => b.dur! - a.dur!)
					.slice(0, 4)
					.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}`);
				console.log(
					`  ${since(task.ts).toFixed(0).padStart(6)} +${(task.dur! / 1000).toFixed(0).padStart(4)} +${((task.tdur ?? 0) / 1000).toFixed(0).padStart(4)}  ${inside.join(', ')}`
				);
			}
		}
	}
	if (args.includes('--profile')) {
		// The profile's clock is not the page's: samples are placed by their distance from its end.
		const stoppedAt = await page.evaluate(() => performance.now());
		const { profile: p } = await cdp.send('Profiler.stop');
		// Self time by script up to the first chart, and by function.
		const dt = new Map<number, number>();
		let t = p.startTime;
		const firstChart = await page.evaluate(
			() => performance.getEntriesByName('first-chart')[0]!.startTime
		);
		for (let i = 0; i < p.samples!.length; i++) {
			t += p.timeDeltas![i]!;
			if (stoppedAt - (p.endTime - t) / 1000 > firstChart) break;
			dt.set(p.samples![i]!, (dt.get(p.samples![i]!) ?? 0) + p.timeDeltas![i]! / 1000);
		}
		const byUrl = new Map<string, number>();
		const byFn = new Map<string, number>();
		for (const n of p.nodes) {
			const d = dt.get(n.id) ?? 0;
			const url = n.callFrame.url.replace(BASE, '') || `(${n.callFrame.functionName})`;
			byUrl.set(url, (byUrl.get(url) ?? 0) + d);
			const fn = `${n.callFrame.functionName || '(anon)'} ${url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
			byFn.set(fn, (byFn.get(fn) ?? 0) + d);
		}
		const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 15);
		console.log('self ms by script before first chart:');
		for (const [k, v] of top(byUrl)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
		for (const [k, v] of top(byFn)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
	}
	const out = await page.evaluate(() => ({
		res: performance.getEntriesByType('resource').map((r) => {
			const e = r as PerformanceResourceTiming & { workerMatchedSourceType?: string };
			// Who answered: the service worker's static route (`cache`), its fetch handler
			// (`fetch-event`), or the network and HTTP cache (`net`).
			const source = e.workerMatchedSourceType || (e.workerStart > 0 ? 'fetch-event' : 'net');
			return [
				Math.round(e.startTime),
				Math.round(e.responseEnd),
				`${source} ${(e.encodedBodySize / 1024).toFixed(1)}`,
				e.name.replace(location.origin, '')
			];
		}),
		marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
		nav: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
		long: (window as unknown as { __long?: number[][] }).__long ?? []
	}));
	console.log(`\n=== ${link}  nav html end ${Math.round(out.nav)}`);
	for (const [s, e, size, name] of out.res)
		console.log(
			`${String(s).padStart(6)} → ${String(e).padStart(6)}  ${String(size).padStart(18)} kB  ${String(name).slice(0, 100)}`
		);
	console.log('marks', JSON.stringify(out.marks));
	console.log(
		'long tasks',
		JSON.stringify(out.long.map(([s, d]) => [Math.round(s), Math.round(d)]))
	);
	if (shared) await page.close();
	else await context.close();
}
await browser.close();
