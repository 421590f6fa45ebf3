import { expect, test } from '@playwright/test';
import { metric } from '../../src/lib/metrics/metrics';
import { byRegion, type RegionValueRow } from '../../src/lib/queries/selection';
import { parseState } from '../../src/lib/url/state';
import { rankRegions } from '../../src/lib/views/rank';
import { drawn, expected, renderedChart, settled, stateOf, tour } from './helpers';

test('rank: rates are ranked on enough cases only, outliers flagged, n shown', async ({ page }) => {
	const search = 'm=disclosure_rate&y=2024&lvl=county&p=320000';
	await page.goto(`/rank?${search}`);
	await settled(page);
	const state = parseState(new URLSearchParams(search)).state;
	const m = metric(state.metric)!;
	const { ranked, guarded } = rankRegions(
		await expected<RegionValueRow>(byRegion(state, m)),
		m,
		state.minN
	);
	const chart = await renderedChart(page, 'rank');
	// Bars are drawn smallest first (ECharts category axes go bottom-up).
	expect([...chart.categories].reverse()).toEqual(ranked.slice(0, 60).map((r) => r.region_name));
	expect([...chart.series[0]!.data].reverse()).toEqual(ranked.slice(0, 60).map((r) => r.value));
	await expect(page.getByText('分母不足 20 的地区不参与排名')).toBeVisible();
	const strip = await drawn(page, 'rank-distribution');
	expect(strip.items).toBe(ranked.length);
	expect(strip.graphics).toBe(ranked.length);
	expect(strip.laidOut).toBe(ranked.length);
	for (const g of guarded.slice(0, 3))
		await expect(page.getByRole('link', { name: g.region_name })).toBeVisible();
	await tour(page, '03-rank');

	await page.getByLabel('最小样本量 n').fill('50');
	await page.getByLabel('最小样本量 n').press('Enter');
	await expect.poll(() => stateOf(page).get('n')).toBe('50');
	await expect(page.getByText('分母不足 50 的地区不参与排名')).toBeVisible();
});

test('the filter bar finds a region by pinyin: a city drills down, a county opens its profile', async ({
	page
}) => {
	await page.goto('/rank?lvl=county');
	await settled(page);
	const search = page.getByRole('combobox', { name: '搜索地区：名称、拼音或代码' });
	await search.fill('huaian');
	await page.getByRole('option', { name: /^淮安市 地级/ }).click();
	await expect.poll(() => stateOf(page).get('p')).toBe('320800');
	expect(stateOf(page).get('lvl')).toBe('county');
	await settled(page);
	await search.fill('langxian');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/region\?r=540426/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('朗县 · 林芝市 · 西藏自治区');
});
