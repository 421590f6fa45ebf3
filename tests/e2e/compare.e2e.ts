import { test, expect } from '@playwright/test';
import { metric } from '../../src/lib/metrics/metrics';
import { byYear, type ByYearRow } from '../../src/lib/queries/by-year';
import { parseState } from '../../src/lib/url/state';
import { openDataset, run } from '../helpers/duckdb';
import { failOnConsoleErrors, renderedChart, settled, tour, type RenderedSeries } from './helpers';

/** What the chart must show for a link: the same builder run by native DuckDB on the published file. */
async function expectedSeries(search: string) {
	const { state } = parseState(new URLSearchParams(search));
	const rows = await run<ByYearRow>(await openDataset(), byYear(state, metric(state.metric)!));
	return state.regions.map((code) =>
		Array.from({ length: state.to - state.from + 1 }, (_, i) => {
			const value = rows.find((r) => r.region_code === code && r.year === state.from + i)?.value;
			return value === undefined || value === null ? null : Number(value);
		})
	);
}

const BODIES = ['朗县', '洪泽区', '北京市'];

/**
 * One line per body: a body with real reports is drawn as a demo line and a real line, never
 * joined, and each year's value stands on exactly one of them (null on the other).
 */
function perBody(series: RenderedSeries[], bodies: string[]): (number | null)[][] {
	return bodies.map((name) => {
		const lines = series.filter((s) => s.name === name || s.name.startsWith(`${name}（`));
		return lines[0]!.data.map((_, j) => {
			const drawn = lines.map((s) => s.data[j]).filter((v) => v !== null && v !== undefined);
			expect(drawn.length).toBeLessThanOrEqual(1);
			return drawn[0] ?? null;
		});
	});
}

test('a shared link opens cold with the same chart, controls update the URL, reload and back work', async ({
	page
}) => {
	const errors = failOnConsoleErrors(page);
	const search = 'm=disclosure_rate&r=540426%2C320813%2C110000';
	await page.goto(`/compare?${search}`);
	const chart = await renderedChart(page);
	// Bodies with real reports are drawn as two lines, never joined: demo years and real years.
	expect(chart.series.map((s) => s.name)).toEqual([
		'朗县（演示数据）',
		'朗县（真实报告）',
		'洪泽区（演示数据）',
		'洪泽区（真实报告）',
		'北京市'
	]);
	expect(chart.xAxis).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
	const expected = await expectedSeries(search);
	perBody(chart.series, BODIES).forEach((line, i) =>
		line.forEach((v, j) => {
			const e = expected[i]![j];
			if (e === null || e === undefined) expect(v).toBeNull();
			else expect(v).toBeCloseTo(e, 9);
		})
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开率');
	await expect(page.getByText('本图包含合成的演示数据')).toBeVisible();

	await page.getByLabel('指标').selectOption('t2_license_decisions');
	await expect(page).toHaveURL(/m=t2_license_decisions&r=540426%2C320813%2C110000$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('行政许可决定数');
	await settled(page);
	const expectedAfter = await expectedSeries(new URL(page.url()).search.slice(1));
	await expect
		.poll(async () => perBody((await renderedChart(page)).series, BODIES))
		.toEqual(expectedAfter);

	await page.reload();
	await expect(page.getByLabel('指标')).toHaveValue('t2_license_decisions');
	expect((await renderedChart(page)).series.map((s) => s.name.replace(/（.*）$/, ''))).toEqual([
		'朗县',
		'朗县',
		'洪泽区',
		'洪泽区',
		'北京市'
	]);

	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`\\?${search}$`));
	await expect(page.getByLabel('指标')).toHaveValue('disclosure_rate');
	await tour(page, '02-compare');
	expect(errors).toEqual([]);
});

test('regions are found by pinyin and removed by their chip, all in the URL', async ({ page }) => {
	await page.goto('/compare?r=110000');
	await renderedChart(page);
	await page.getByRole('combobox', { name: '搜索地区：名称、拼音或代码' }).fill('langxian');
	await expect(page.locator('.results [role=option]').first()).toContainText('朗县 县级 · 林芝市');
	await expect(page.getByRole('option', { name: /白朗县/ })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/r=110000%2C540426/);
	await settled(page);
	await expect
		.poll(async () => (await renderedChart(page)).series.map((s) => s.name))
		.toEqual(['北京市', '朗县（演示数据）', '朗县（真实报告）']);
	await page.getByRole('button', { name: '移除 北京市' }).click();
	await expect(page).toHaveURL(/r=540426$/);
	await page.getByRole('button', { name: '移除 朗县' }).click();
	await expect(page).toHaveURL(/r=$/);
	await expect(page.getByText('请至少选择一个地区')).toBeVisible();
});

test('a link with garbage parameters shows what was wrong and a working default chart', async ({
	page
}) => {
	await page.goto('/compare?m=%3Cscript%3E&r=12,abc&y=3000&zzz=1');
	await settled(page);
	await expect(page.getByText('参数 m=<script> 无效')).toBeVisible();
	await expect(page.getByText('参数 r=12,abc 无效')).toBeVisible();
	await expect(page.getByText('未知参数 zzz 已忽略')).toBeVisible();
	const chart = await renderedChart(page);
	expect(chart.series.map((s) => s.name)).toEqual([
		'北京市',
		'上海市',
		'浙江省',
		'广东省',
		'西藏自治区'
	]);
	await page.getByLabel('指标').selectOption('t4_review_total');
	await expect(page).toHaveURL(/m=t4_review_total/);
});

test('an unknown region code is reported, the known ones still chart', async ({ page }) => {
	await page.goto('/compare?r=999999,540426');
	await settled(page);
	await expect(page.getByText('未找到这些地区代码：999999')).toBeVisible();
	expect((await renderedChart(page)).series.map((s) => s.name)).toEqual([
		'朗县（演示数据）',
		'朗县（真实报告）'
	]);
});

test('the English switch keeps the view and translates the page', async ({ page }) => {
	await page.goto('/compare?r=540426');
	await renderedChart(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/r=540426&lang=en/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New requests received — Total');
	await expect(page.getByText('Note: this view includes synthetic demo data')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
