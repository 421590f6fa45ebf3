import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	correctionBodies,
	correctionList,
	type CheckedBody,
	type CorrectionRow
} from '../../src/lib/queries/corrections';
import { expected, failOnConsoleErrors, settled, tour } from './helpers';

// The list waits for the engine and three tables; on a busy 2-core machine that can take a minute.
test.setTimeout(180_000);
const ready = (page: Page) =>
	expect(page.locator('article.sheet[data-ready="1"]')).toBeVisible({ timeout: 150_000 });

const today = () => new Date().toISOString().slice(0, 10);
const huaian = (copyThreshold = 0.5) =>
	correctionList({
		region: '320800',
		year: 2024,
		copyThreshold,
		today: today(),
		governmentDue: '2025-03-31'
	});

test('a supervisor opens 淮安市 2024’s correction list, prints it and downloads it as XLSX', async ({
	page
}) => {
	const errors = failOnConsoleErrors(page);
	await page.goto('/corrections?r=320800&y=2024');
	await ready(page);
	await settled(page);
	const sheet = page.locator('article.sheet[data-ready="1"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('淮安市 2024 年度报告整改清单');

	// Every finding of the query, checked with native DuckDB, is one row; counts by body agree.
	const rows = await expected<CorrectionRow>(huaian());
	expect(rows.length).toBeGreaterThanOrEqual(4);
	await expect(sheet.locator('table.findings tbody tr')).toHaveCount(rows.length);
	const perBody = new Map<string, number>();
	for (const r of rows) perBody.set(r.region_code, (perBody.get(r.region_code) ?? 0) + 1);
	for (const [code, n] of perBody)
		await expect(
			page.locator(`table[aria-label="按报告主体统计"] tr[data-body="${code}"] td.n`)
		).toHaveText(String(n));

	// Every body is listed as checked, the demo ones marked as demo.
	const bodies = await expected<CheckedBody>(correctionBodies({ region: '320800', year: 2024 }));
	expect(bodies.length).toBe(8);
	const byBody = page.locator('table[aria-label="按报告主体统计"] tr');
	await expect(byBody).toHaveCount(bodies.length);
	for (const b of bodies.filter((b) => !perBody.has(b.code)))
		await expect(
			byBody.locator(`xpath=self::*[@data-body="${b.code}"]`).locator('td.n')
		).toHaveText('0');
	const demoBody = bodies.find((b) => b.origins === 'synthetic')!;
	await expect(page.locator(`tr[data-body="${demoBody.code}"] .demo`)).toHaveText('演示数据');

	// Real bodies: 洪泽区's narrative vs table, located in plain Chinese with the numbers and the difference.
	const hongze = sheet.locator('section.body[data-body="320813"]');
	const textTable = hongze.locator('tr[data-rule="text.table"]');
	await expect(textTable).toContainText('正文 · 新收申请');
	await expect(textTable).toContainText('正文 17，表中 95');
	await expect(textTable.locator('td.n')).toHaveText('-78');
	await expect(textTable).toContainText('报告有误');
	await expect(hongze.locator('tr[data-rule="copy.previous_year"]')).toContainText('50% 的文字');
	// 淮安市's region-wide real report and its demo government row, marked as demo.
	const city = sheet.locator('section.body[data-body="320800"]');
	await expect(city.locator('tr[data-rule="text.fees"]')).toContainText('3940元');
	await expect(page.getByText('注意：本图包含合成的演示数据')).toBeVisible();
	await expect(hongze.getByRole('link', { name: '查看报告' })).toHaveAttribute(
		'href',
		/\/region\?r=320813&y=2024$/
	);

	// The side-by-side view marks the repeated passages.
	await hongze.locator('tr[data-rule="copy.previous_year"] summary').click();
	await expect(hongze.locator('.pair[data-ready="1"] mark').first()).toBeVisible({
		timeout: 45_000
	});
	await tour(page, '08-corrections');

	// Print: controls, navigation and the side-by-side disappear; an A4 PDF comes out.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('nav[aria-label="views"]')).toBeHidden();
	await expect(page.getByRole('button', { name: '下载 Excel（XLSX）' })).toBeHidden();
	await expect(sheet.locator('table.findings').first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(
		1
	);
	await page.emulateMedia({ media: 'screen' });

	// CSV: one line per finding under a header, UTF-8 with BOM.
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('整改清单-320800-2024.csv');
	const csvText = readFileSync(await csv.path(), 'utf8');
	expect(csvText.startsWith('\ufeff报告主体,区划代码,报告编号')).toBe(true);
	expect(csvText.trim().split('\n')).toHaveLength(rows.length + 1);

	// XLSX: the same rows, read back with exceljs.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 Excel（XLSX）' }).click()
	]);
	expect(download.suggestedFilename()).toBe('整改清单-320800-2024.xlsx');
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	const list = book.getWorksheet('整改清单')!;
	const header = list.getRow(5).values as unknown[];
	expect(header.slice(1, 4)).toEqual(['报告主体', '区划代码', '报告编号']);
	expect(list.rowCount - 5).toBe(rows.length);
	const ids = Array.from({ length: rows.length }, (_, i) => list.getRow(6 + i).getCell(3).value);
	expect(ids.sort()).toEqual(rows.map((r) => r.report_id).sort());
	expect(book.getWorksheet('按规则统计')!.rowCount).toBe(new Set(rows.map((r) => r.rule)).size + 1);
	expect(errors).toEqual([]);
});

test('the copy threshold is in the link: at 40 % section 五 of 洪泽区 is listed too', async ({
	page
}) => {
	await page.goto('/corrections?r=320800&y=2024&ct=40');
	await ready(page);
	await settled(page);
	const rows = await expected<CorrectionRow>(huaian(0.4));
	await expect(page.locator('article.sheet[data-ready="1"] table.findings tbody tr')).toHaveCount(
		rows.length
	);
	await expect(
		page.locator('section.body[data-body="320813"] tr[data-rule="copy.previous_year"]')
	).toHaveCount(2);
	await expect(page.getByLabel('雷同阈值')).toHaveValue('40');
});

test('without a region the list asks for one', async ({ page }) => {
	await page.goto('/corrections');
	await expect(page.getByText('请选择一个地区（县、市或省）')).toBeVisible();
});
