import { expect, test } from '@playwright/test';
import { SHARED_LINKS } from '../shared-links';
import { settled } from './helpers';

test('after one visit the app works offline, every view from its own version', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 0 });
	// The worker has installed (its cache filled) and activated.
	const version = await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		return (await caches.keys()).find((k) => k.startsWith('ogi-')) && reg.active?.state;
	});
	expect(version).toBe('activated');
	await context.setOffline(true);
	for (const link of [SHARED_LINKS[5]!, SHARED_LINKS[9]!, '/quality?lvl=county&p=320800']) {
		await page.goto(link);
		await expect(page.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 0 });
		await settled(page);
		await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	}
	// Its list to chase comes from DuckDB's validation table, read by the decode worker's chunks.
	await expect(page.getByRole('heading', { name: /需要核查的报告（\d+）/ })).toBeVisible();
	// A metric none of these views read was precached and is answered by a static route.
	const metric = await page.evaluate(async () => {
		const manifest = await (await fetch('data/fast/manifest.json')).json();
		const url = new URL(`data/fast/${manifest.files.t2_fee_amount_10k_cny}`, location.href).href;
		const response = await fetch(url);
		await response.json();
		// Its timing entry is added once the body is in.
		const timing = await new Promise<
			PerformanceResourceTiming & { workerMatchedSourceType?: string }
		>((resolve) =>
			new PerformanceObserver((list, observer) => {
				const entry = list.getEntriesByName(url)[0];
				if (!entry) return;
				observer.disconnect();
				resolve(entry as PerformanceResourceTiming);
			}).observe({ type: 'resource', buffered: true })
		);
		return { ok: response.ok, source: timing.workerMatchedSourceType };
	});
	expect(metric).toEqual({ ok: true, source: 'cache' });
	await context.close();
});
