import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { expect, test } from '@playwright/test';
import { metric } from '../../src/lib/metrics/metrics';
import { byRegion } from '../../src/lib/queries/selection';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { failOnConsoleErrors, renderedChart, settled, tour } from './helpers';
import { LOWER_LEVEL_LINKS } from '../shared-links';
import { fastMatchesEngine } from './drawn';
import { browserMemoryMb } from './memory';
import { runTour, VARIANTS } from './tour';

// The national-scale build only: `npm run data -- --scale`, `npm run build:e2e -- --scale`,
// then `OGI_SCALE=1 npx playwright test tests/e2e/scale.e2e.ts`. Skipped in `npm test`.
test.skip(!process.env.OGI_SCALE, 'needs the scale build (OGI_SCALE=1, see README: data/scale)');

const DIR = 'data/scale';

// The same tour as the bundled set (views.e2e.ts), in every variant, on the national dataset.
for (const variant of VARIANTS) {
	test(`scale: tour ${variant.tag}: every view draws, fits the screen, no all-null series next to numbers`, async ({
		page
	}) => {
		test.setTimeout(900_000);
		const errors = failOnConsoleErrors(page);
		await runTour(page, variant, 'scale-');
		expect(errors).toEqual([]);
	});
}

test('scale: department and township links draw without the engine, with the numbers DuckDB gives', async ({
	browser
}) => {
	test.setTimeout(900_000);
	await fastMatchesEngine(browser, LOWER_LEVEL_LINKS);
});

test("scale: one county's departments draw from the engine without waiting for the government reports", async ({
	page
}) => {
	test.setTimeout(300_000);
	// The government reports (an eager table) never arrive: the departments' partition, which the
	// fast files do not hold, is queried as soon as the engine is open.
	await page.route(/\/data\/(ipc\/reports\.|reports\.parquet)/, () => new Promise(() => {}));
	await page.goto('/rank?m=t3_new_received__total&lvl=county&p=320813&body=department');
	await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible({ timeout: 120_000 });
	await expect(page.locator('main')).toContainText('部门');
	await expect(page.locator('html')).not.toHaveAttribute('data-engine', 'ready');
});

test('scale: departments and townships are selectable, shareable, and never added to governments', async ({
	page
}) => {
	test.setTimeout(900_000);
	const errors = failOnConsoleErrors(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	const conn = await (await DuckDBInstance.create(':memory:')).connect();

	// A supervisor compares the departments of one county (洪泽区): one province partition.
	const state = {
		...DEFAULT_STATE,
		metric: 't3_new_received__total',
		level: 'county' as const,
		parent: '320813',
		body: 'department' as const
	};
	// Requests of the page and its workers (the decode worker fetches table files).
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/rank?m=t3_new_received__total&lvl=county&p=320813&body=department');
	await settled(page);
	const picker = page.getByLabel('报告主体');
	await expect(picker).toHaveValue('department');
	await expect(picker.locator('option')).toHaveText(['政府', '部门', '乡镇街道']);
	const q = byRegion(state, metric(state.metric)!);
	await conn.run(
		`CREATE TABLE reports_department_32 AS SELECT * FROM read_parquet('${DIR}/parts/reports-department-32.parquet')`
	);
	const want = (await conn.runAndReadAll(q.sql, q.params as DuckDBValue[])).getRowObjectsJson();
	expect(want.length).toBe(30);
	const chart = await renderedChart(page, 'rank');
	const bars = chart.series[0]!.data.filter((x) => typeof x === 'number');
	expect(bars.length).toBeGreaterThan(0);
	for (const v of bars) expect(want.map((r) => r.value)).toContain(v);
	await expect(page.locator('main')).toContainText('部门');
	// Column by column: the province partition's Parquet is never fetched, a few of its columns are.
	expect(fetched.filter((f) => /\/parts\/(reports|agg)-/.test(f))).toEqual([]);
	const columns = fetched.filter((f) => f.includes('/fast/c/cols/reports_department_32/'));
	expect(columns.length).toBeGreaterThan(5);
	expect(columns.length).toBeLessThan(60);
	await tour(page, 'scale-rank-departments');

	// Switching the level is in the link, and townships of every county read their sums.
	await picker.selectOption('township');
	await settled(page);
	expect(new URL(page.url()).searchParams.get('body')).toBe('township');
	await page.goto('/?body=township&lvl=county');
	await settled(page);
	await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible();
	await expect(page.locator('main')).toContainText('乡镇街道');
	await tour(page, 'scale-overview-townships');
	await page.goto('/compare?r=320813,540426&body=department');
	await settled(page);
	await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible();

	const mb = await browserMemoryMb(page.context().browser()!);
	const heap = await page.evaluate(
		() => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
	);
	const text = `tab (renderer) ${mb.renderer} MB, page JS heap ${Math.round(heap / 1048576)} MB, all browser processes ${mb.all} MB (budget 1,536 MB)`;
	test.info().annotations.push({ type: 'browser memory (RSS)', description: text });
	console.log(`browser memory after the scale views: ${text}`);
	expect(errors).toEqual([]);
});
