import { expect, test } from '@playwright/test';
import { formatValue } from '../../src/lib/format';
import type { KpiRow } from '../../src/lib/queries/kpis';
import type { RegionValueRow, TrendRow } from '../../src/lib/queries/selection';
import { parseState } from '../../src/lib/url/state';
import { kpiValues, overviewQueries } from '../../src/lib/views/overview';
import {
	drawn,
	expected,
	failOnConsoleErrors,
	renderedChart,
	settled,
	stateOf,
	tour
} from './helpers';

test('overview: a cold link shows KPIs, trend, top regions and map computed by DuckDB', async ({
	page
}) => {
	const errors = failOnConsoleErrors(page);
	const search = 'm=disclosure_rate&y=2023&lvl=county&p=320000';
	await page.goto(`/?${search}`);
	await settled(page);
	const state = parseState(new URLSearchParams(search)).state;
	const q = overviewQueries(state);

	const k = kpiValues(await expected<KpiRow>(q.kpis), 2023);
	const cards = page.getByRole('region', { name: 'KPI' });
	await expect(cards.getByText(String(k.reports), { exact: true })).toBeVisible();
	const disclosure = k.list.find((x) => x.metric.id === 'disclosure_rate')!;
	await expect(cards.getByText(formatValue(disclosure.value, '%'), { exact: true })).toBeVisible();

	const trend = await expected<TrendRow>(q.trend);
	const chart = await renderedChart(page, 'overview-trend');
	// Years of different origin (洪泽区's real reports among demo rows) are separate lines: each
	// year's value is in exactly one of them.
	const merged = trend.map(
		(_, i) => chart.series.map((s) => s.data[i]).find((v) => v !== null) ?? null
	);
	expect(merged).toEqual(trend.map((r) => r.value));
	expect(chart.series.map((s) => s.name)).toEqual([
		'江苏省 · 县级 · 政府本级（演示数据）',
		'江苏省 · 县级 · 政府本级（真实与演示混合）'
	]);

	const regions = (await expected<RegionValueRow>(q.regions)).filter(
		(r) => r.value !== null && (r.den ?? 0) >= state.minN
	);
	const top = page.getByRole('region', { name: /最高/ }).getByRole('listitem');
	await expect(top.first()).toContainText(regions[0]!.region_name);
	await expect(page.getByText('本图包含合成的演示数据')).toBeVisible();
	// The tile map's parts load lazily; its tiles must be drawn and coloured by the visual map.
	const map = await drawn(page, 'overview-map');
	expect(map.visualMaps).toBe(1);
	expect(map.graphics).toBe(map.items);
	expect(map.colours).toBeGreaterThan(5);
	await tour(page, '01-overview');

	await page.getByLabel('年度').selectOption('2022');
	await expect.poll(() => stateOf(page).get('y')).toBe('2022');
	expect(errors).toEqual([]);
});

test('overview: clicking a province tile drills down, and back returns', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	const chart = page.locator(
		'section[aria-labelledby="overview-map-title"] .chart[data-ready="1"]'
	);
	// Zhejiang's tile is at column 5, row 5 (drawn with row 0 at the top).
	const [x, y] = await chart.evaluate((el) =>
		(
			el as HTMLElement & { echart: { convertToPixel: (f: object, v: number[]) => number[] } }
		).echart.convertToPixel({ seriesIndex: 0 }, [5, 7 - 5])
	);
	await chart.click({ position: { x: x!, y: y! } });
	await expect.poll(() => stateOf(page).get('p')).toBe('330000');
	expect(stateOf(page).get('lvl')).toBe('prefecture');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('浙江省 · 地级');
	await page.goBack();
	await expect.poll(() => stateOf(page).get('p')).toBeNull();
});

test('overview: the first chart is drawn from prebuilt numbers before the engine is ready', async ({
	page
}) => {
	// The engine's wasm and the dataset are held back until the chart has drawn: no race with a clock.
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route(/\.wasm$|reports.*\.parquet$/, async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	await page.goto('/');
	await expect(
		page.locator('section[aria-labelledby="overview-trend-title"] .chart[data-ready="1"]')
	).toBeVisible({ timeout: 0 });
	await expect(page.locator('html')).not.toHaveAttribute('data-engine', 'ready');
	await expect(page.getByRole('progressbar')).toBeVisible();
	release();
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 0 });
});
