import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { metric } from '../../src/lib/metrics/metrics';
import { byYear, type ByYearRow } from '../../src/lib/queries/by-year';
import { parseState } from '../../src/lib/url/state';
import { expected, settled } from './helpers';

test('every chart downloads PNG, SVG and the CSV of what it shows, named after the view state', async ({
	page
}) => {
	const search = 'm=t2_license_decisions&r=540426%2C320813';
	await page.goto(`/compare?${search}`);
	await settled(page);
	const card = page.locator('section[aria-labelledby="compare-title"]');

	// The day in China before and after the click: the export names one of them.
	const day = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
	const days = [day()];
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'CSV' }).click()
	]);
	days.push(day());
	expect(csv.suggestedFilename()).toBe('ogi_compare_m-t2_license_decisions_r-540426_320813.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.startsWith('\ufeff')).toBe(true);
	const rows = await expected<ByYearRow>(
		byYear(parseState(new URLSearchParams(search)).state, metric('t2_license_decisions')!)
	);
	// Metadata lines (metric, unit, region, filters, origin, data version, export date, link), a
	// blank line, then the table with one header row in one language.
	const [meta, table] = text.replace('\ufeff', '').split('\n\n');
	expect(meta).toContain('指标,行政许可决定数');
	expect(meta).toContain('单位,件');
	expect(meta).toContain('地区,朗县、洪泽区');
	expect(meta).toContain('含合成演示数据');
	expect(meta).toMatch(/^数据版本,[0-9a-f]{12}$/m);
	expect(days).toContain(meta!.match(/^导出日期,(.*)$/m)?.[1]);
	const lines = table!.trim().split('\n');
	expect(lines[0]).toBe('地区,年度,行政许可决定数（件）,数据类型,地区代码');
	expect(lines).toHaveLength(rows.length + 1);
	// The value as a plain number a spreadsheet can sum, not the formatted `11,221`.
	expect(lines.find((l) => l.startsWith('朗县,2021,'))).toBe('朗县,2021,11221,真实报告,540426');

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'PNG' }).click()
	]);
	expect(
		[...readFileSync((await png.path())!).subarray(1, 4)]
			.map((c) => String.fromCharCode(c))
			.join('')
	).toBe('PNG');
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'SVG' }).click()
	]);
	const svgText = readFileSync((await svg.path())!, 'utf8');
	expect(svgText).toMatch(/^<svg/);
	expect(svgText).toContain('朗县');
	expect(svgText).toContain('行政许可决定数（件） · 朗县、洪泽区 · 2019–2025');
	expect(svgText).toMatch(/数据版本 [0-9a-f]{12} · 导出于 \d{4}-\d{2}-\d{2}/);
});

test('copy summary gives one Chinese sentence with number, year and source; copy link gives the URL', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/compare?r=540426');
	await settled(page);
	const card = page.locator('section[aria-labelledby="compare-title"]');
	await card.getByRole('button', { name: '复制摘要' }).click();
	// The copy is written once the download module has loaded: its status line says when.
	await expect(card.getByRole('status')).toContainText('已复制：');
	const summary = await page.evaluate(() => navigator.clipboard.readText());
	expect(summary).toMatch(/^2025年，朗县新收申请数为\d+件/);
	expect(summary).toContain('数据来源：政务公开年报透视');
	expect(summary).toContain('含合成演示数据');
	await card.getByRole('button', { name: '复制链接' }).click();
	await expect(card.getByRole('status')).toHaveText('已复制链接。');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the whole dataset can be downloaded from the app', async ({ page, request }) => {
	await page.goto('/');
	for (const f of ['reports.parquet', 'reports.csv', 'dictionary.json']) {
		const link = page.getByRole('link', { name: f });
		const res = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
		expect(res.ok()).toBe(true);
	}
});

test('junk parameters on any view fall back with a notice and a working page', async ({ page }) => {
	test.setTimeout(300_000);
	for (const route of ['/rank', '/requests', '/quality']) {
		await page.goto(`${route}?lvl=galaxy&by=sideways&n=-3`);
		await expect(page.getByText('参数 lvl=galaxy 无效')).toBeVisible();
		await expect(page.getByText('参数 by=sideways 无效')).toBeVisible();
		await settled(page);
	}
});
