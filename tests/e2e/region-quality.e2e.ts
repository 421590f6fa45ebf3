import { expect, test } from '@playwright/test';
import { failingReports, type FailingReportRow } from '../../src/lib/queries/quality';
import { parseState } from '../../src/lib/url/state';
import { expected, navigate, renderedChart, settled, stateOf, tour } from './helpers';

test('region profile: a real report with its source, its tables as printed, and its failing identities', async ({
	page
}) => {
	await page.goto('/region?r=320813&y=2023');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('洪泽区 · 淮安市 · 江苏省');
	await expect(page.getByText(/真实报告 · 来源/)).toBeVisible();
	const t4 = page.getByRole('table', { name: /四、政府信息公开行政复议/ });
	await expect(t4.getByRole('row', { name: /^行政复议/ })).toHaveText(/10\s*1\s*0\s*0\s*0/);
	// Rules are named for readers, never shown as ids.
	await expect(
		page.getByText('行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计').first()
	).toBeVisible();
	await expect(page.getByText(/t4\.review_sum/)).toHaveCount(0);
	await expect(page.getByText('实际 10 + 1 + 0 + 0 ≠ 0').first()).toBeVisible();
	const trend = await renderedChart(page);
	expect(trend.series.map((s) => s.name)).toEqual(
		expect.arrayContaining(['政府本级（真实报告）', '政府本级（演示数据）'])
	);
	await tour(page, '06-region');
	await page.getByLabel('年度').selectOption('2024');
	await expect.poll(() => stateOf(page).get('y')).toBe('2024');
	await settled(page);
	await expect(page.getByText('正文称「受理政府信息公开申请17件」')).toBeVisible();
});

test('data quality: coverage, failures and the list of failing reports linking to profiles', async ({
	page
}) => {
	const search = 'lvl=county&p=320800';
	await page.goto(`/quality?${search}`);
	await settled(page);
	const rows = await expected<FailingReportRow>(
		failingReports(parseState(new URLSearchParams(search)).state)
	);
	await expect(page.getByRole('heading', { name: /需要核查的报告/ })).toContainText(
		`（${rows.length}）`
	);
	// Every failing rule is explained (regression: only the review one was).
	const list = page.locator('section', {
		has: page.getByRole('heading', { name: /需要核查的报告/ })
	});
	await expect(list.getByText('实际 10 + 1 + 0 + 0 ≠ 0')).toBeVisible();
	await expect(list.getByText('实际 5 + 0 + 0 + 0 ≠ 0')).toBeVisible();
	const coverage = await renderedChart(page, 'quality-coverage');
	expect(coverage.categories.length).toBeGreaterThan(0);
	await tour(page, '07-quality');
	const first = rows[0]!;
	await page.getByRole('link', { name: `${first.region_name} ${first.year}` }).click();
	await expect(page).toHaveURL(new RegExp(`/region\\?r=${first.region_code}&y=${first.year}`));
});

test('data quality: the list to chase has no count while DuckDB is still on its way, never （0）', async ({
	page
}) => {
	// The list is answered by DuckDB only: its wasm never arrives, the grid comes from the fast files.
	await page.route(/\.wasm$/, () => new Promise(() => {}));
	await page.goto('/quality?lvl=county&p=320800');
	const coverage = await renderedChart(page, 'quality-coverage');
	expect(coverage.categories.length).toBeGreaterThan(0);
	await expect(page.locator('html')).toHaveAttribute('data-engine-queries', /^[1-9]/);
	const heading = page.getByRole('heading', { name: /需要核查的报告/ });
	await expect(heading).toHaveText('需要核查的报告（加载中…）');
	await expect(page.getByText(/：0 份报告勾稽关系不成立/)).toHaveCount(0);
});

test('region profile without a region asks for one, and a junk code says so', async ({ page }) => {
	await page.goto('/region');
	await settled(page);
	await expect(page.getByText('请至少选择一个地区')).toBeVisible();
	await navigate(page, '/region?r=abc');
	await expect(page.getByText('参数 r=abc 无效')).toBeVisible();
	await expect(page.getByText('请至少选择一个地区')).toBeVisible();
	await navigate(page, '/region?r=999999');
	await expect(page.getByText('未找到这些地区代码：999999')).toBeVisible();
});
