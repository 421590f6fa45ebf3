/**
 * Where a cold link's time goes: `tsx scripts/trace-link.ts <link>… [--phone]` against a running
 * `tsx scripts/serve.ts --port $BENCH_PORT` (the production server): every resource with start/end and size, long tasks and the app's marks.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { emulate } from './bench-profile';

const args = process.argv.slice(2);
const phone = args.includes('--phone');
const links = args.filter((a) => !a.startsWith('--'));
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4280}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const link of links) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await emulate(context, page, phone ? 'phone' : 'desktop', true);
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
	const out = await page.evaluate(() => ({
		res: performance.getEntriesByType('resource').map((r) => {
			const e = r as PerformanceResourceTiming;
			return [
				Math.round(e.startTime),
				Math.round(e.responseEnd),
				e.encodedBodySize,
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
			`${String(s).padStart(6)} → ${String(e).padStart(6)}  ${String(Math.round(Number(size) / 1024)).padStart(6)} kB  ${String(name).slice(0, 100)}`
		);
	console.log('marks', JSON.stringify(out.marks));
	console.log(
		'long tasks',
		JSON.stringify(out.long.map(([s, d]) => [Math.round(s), Math.round(d)]))
	);
	await context.close();
}
await browser.close();
