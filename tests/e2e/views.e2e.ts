import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors, settled, tour } from './helpers';
import { chartsOf, runTour, VARIANTS } from './tour';

// The three variants tour one page: it starts the engine once, then every variant clicks through
// (resized, and in English by its link). A failed variant leaves the others to run on a new page.
test.describe('tour', () => {
	let page: Page;
	let errors: string[];
	test.beforeAll(async ({ browser }) => {
		page = await browser.newPage();
		errors = failOnConsoleErrors(page);
	});
	test.afterAll(() => page.context().close());

	for (const variant of VARIANTS) {
		test(`tour ${variant.tag}: every view draws, fits the screen, no all-null series next to numbers, screenshots`, async () => {
			test.setTimeout(900_000);
			errors.length = 0;
			await runTour(page, variant);
			expect(errors).toEqual([]);
		});
	}
});

test('region profile: its trends are drawn and it opens on the real report', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/region?r=320813');
	await settled(page);
	await expect(page.getByLabel('年度')).toHaveValue('2024');
	await expect(page.getByText(/真实报告 · 来源/)).toBeVisible();
	const charts = await chartsOf(page);
	expect(charts.length).toBe(5);
	for (const c of charts)
		expect(c.series.some((s) => s.values.some((x) => typeof x === 'number'))).toBe(true);
});

test('real reports only at county level draws no stitched national trend, and says why', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/?real=1&lvl=county');
	await settled(page);
	await expect(page.getByText(/不能代表整体/)).toBeVisible();
	await expect(page.locator('section[data-card="overview-trend"]')).toHaveCount(0);
});

test('the tile map follows the drill-down: 淮安市 shows its counties', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/?m=t2_license_decisions&y=2023&lvl=county&p=320800');
	await settled(page);
	const card = page.locator('section[data-card="overview-map"]');
	await expect(card.getByRole('heading')).toContainText('淮安市下辖县级');
	const [map] = (await chartsOf(page)).filter((c) => c.card === 'overview-map');
	const names = await card.locator('.chart').evaluate((el) =>
		(
			el as HTMLElement & {
				echart: { getOption: () => { series: { data: { name: string }[] }[] } };
			}
		).echart
			.getOption()
			.series.flatMap((s) => s.data.map((d) => d.name))
	);
	expect(names).toContain('洪泽区');
	expect(names).not.toContain('浙江');
	expect(map!.series[0]!.values.length).toBeGreaterThan(0);
});

test('exported SVGs carry title, source and the demo warning; a real-only export has no warning', async ({
	page
}) => {
	test.setTimeout(240_000);
	for (const [path, demo] of [
		['/compare?r=320813&m=t2_license_decisions', true],
		['/compare?r=320813&m=t2_license_decisions&real=1', false]
	] as const) {
		await page.goto(path);
		await settled(page);
		const card = page.locator('section[data-card="compare"]');
		const title = await card.getByRole('heading').innerText();
		const [svg] = await Promise.all([
			page.waitForEvent('download'),
			card.getByRole('button', { name: 'SVG' }).click()
		]);
		const text = readFileSync((await svg.path())!, 'utf8');
		expect(text).toContain(title);
		expect(text).toContain('数据来源：政务公开年报透视');
		expect(text).toContain('洪泽区');
		if (demo) expect(text).toContain('含合成演示数据');
		else expect(text).not.toContain('含合成演示数据');
	}
	await page.goto('/');
	await settled(page);
	const map = page.locator('section[data-card="overview-map"]');
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		map.getByRole('button', { name: 'SVG' }).click()
	]);
	// The map's colour scale is exported with its numbers and unit.
	expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/万件|\d件/);
});

test('in WeChat the chart is offered as a long-press share image with a QR code', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const context = await browser.newContext({
		viewport: { width: 375, height: 667 },
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN'
	});
	const page = await context.newPage();
	await page.goto('/compare?r=320813&m=t2_license_decisions');
	await settled(page);
	const card = page.locator('section[data-card="compare"]');
	await expect(card.getByText('微信内无法下载文件')).toBeVisible();
	await card.getByRole('button', { name: 'PNG' }).click();
	const image = card.locator('img.share-image');
	await expect(image).toBeVisible({ timeout: 20_000 });
	expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
	await expect(card.locator('img.qr')).toBeVisible();
	expect(await card.locator('img.qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
	await tour(page, 'wechat-share');
	await context.close();
});

test('an embed link renders one chart without chrome and links back', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/rank?m=disclosure_rate&embed=1&chart=rank-distribution');
	await settled(page);
	await expect(page.locator('section.card:visible')).toHaveCount(1);
	await expect(
		page.locator('section[data-card="rank-distribution"] .chart[data-ready="1"]')
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'views' })).toHaveCount(0);
	const back = page.getByRole('link', { name: /在政务公开年报透视中打开/ });
	expect(await back.getAttribute('href')).not.toContain('embed');
	await page.goto('/?embed=1');
	await settled(page);
	await expect(page.locator('section.card:visible')).toHaveCount(1);
	await tour(page, 'embed-overview');
});

test('on a phone the shared chart is in the first screen and the filters fold into one line', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/?y=2022');
	await settled(page);
	const fold = page.getByRole('button', { name: /2022.*省级 · 政府本级/ });
	await expect(fold).toBeVisible();
	await expect(page.getByLabel('统计口径')).toBeHidden();
	const box = await page.locator('section[data-card="overview-trend"] .chart').boundingBox();
	expect(box!.y).toBeLessThan(667 - 120);
	await fold.click();
	await expect(page.getByLabel('统计口径')).toBeVisible();
	// Every tab is reachable (tabs wrap instead of scrolling off screen).
	for (const name of ['概览', '比较', '排名', '依申请公开', '复议诉讼', '数据质量']) {
		const link = page.getByRole('navigation', { name: 'views' }).getByRole('link', { name });
		const b = await link.boundingBox();
		expect(b!.x + b!.width, name).toBeLessThanOrEqual(375);
	}
	await expect(page).toHaveTitle(/全国 · 省级 · 政府本级 · 2022 · 政务公开年报透视/);
});
