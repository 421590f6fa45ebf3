import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors, navigate, renderedChart } from './helpers';

const REPORTS = 'tests/fixtures/reports';
const IMPORT = 'tests/fixtures/import';
const file = (path: string, name = path.split('/').pop()!) => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: readFileSync(path)
});

/** A zip as a user makes it: a report, a file that is not a report, and a bomb. */
function reportsZip() {
	const bomb = new Uint8Array(40 * 1024 * 1024);
	return {
		name: '洪泽区报告.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from(
			zipSync(
				{
					'reports/2024_huaian_shi.txt': readFileSync(`${REPORTS}/corpus-2024_huaian_shi.txt`),
					'reports/说明.txt': strToU8('这不是一份年度报告，只是一段说明文字。'),
					'reports/bomb.txt': bomb
				},
				{ level: 9 }
			)
		)
	};
}

async function idle(page: Page) {
	await expect(page.locator('[data-import-loaded="1"]')).toBeVisible({ timeout: 45_000 });
	await expect(page.locator('[data-import-state="idle"]')).toBeVisible({ timeout: 120_000 });
	await expect(page.locator('[data-file-state="queued"], [data-file-state="reading"]')).toHaveCount(
		0,
		{
			timeout: 120_000
		}
	);
	await expect(page.locator('[data-applying="1"]')).toHaveCount(0, { timeout: 45_000 });
}

const row = (page: Page, fileName: string | RegExp) =>
	page.locator('tr[data-hash]').filter({ has: page.locator('td.file', { hasText: fileName }) });

test('import reports, a GBK table and a zip; review, correct, reload; see them in every view', async ({
	page
}) => {
	test.setTimeout(1_200_000);
	const errors = failOnConsoleErrors(page);
	await page.goto('/import');
	await idle(page);
	await page
		.getByTestId('import-files')
		.setInputFiles([
			file(`${REPORTS}/corpus-2024_huaian_hongzequ.pdf`),
			file(`${REPORTS}/corpus-2023_huaian_hongzequ.txt`),
			file(`${IMPORT}/printed-2021_langxian.print.pdf`),
			file(`${IMPORT}/table-gbk-excel.csv`),
			file(`${REPORTS}/bad-not-a-report.pdf`),
			reportsZip()
		]);
	await idle(page);

	// Bad input: each says what and where; the others import.
	const failed = page.locator('[data-file-state="failed"]');
	await expect(failed.filter({ hasText: 'bad-not-a-report.pdf' })).toContainText(
		'未识别为政府信息公开工作年度报告'
	);
	await expect(failed.filter({ hasText: '说明.txt' })).toContainText('未识别');
	await expect(page.locator('[data-file-name="洪泽区报告.zip"]')).toContainText('压缩炸弹');
	await expect(page.locator('[data-file-name="table-gbk-excel.csv"]')).toContainText('GBK');

	// Reports: region matched from the organ name, scope and year read; the table rows joined at once.
	const hongze24 = row(page, 'corpus-2024_huaian_hongzequ.pdf');
	await expect(hongze24.getByLabel('地区')).toHaveValue('320813');
	await expect(hongze24.getByLabel('口径')).toHaveValue('government_itself');
	await expect(hongze24.getByLabel('年度')).toHaveValue('2024');
	await expect(row(page, '2024_huaian_shi.txt').getByLabel('地区')).toHaveValue('320800');
	await expect(row(page, 'langxian')).toHaveCount(1);
	await expect(
		page.locator('tr[data-status="accepted"]', { hasText: 'table-gbk-excel.csv' })
	).toHaveCount(2);

	// The same file again is recognised by its content.
	await page
		.getByTestId('import-files')
		.setInputFiles([file(`${REPORTS}/corpus-2023_huaian_hongzequ.txt`, 'copy.txt')]);
	await idle(page);
	await expect(page.locator('[data-file-name="copy.txt"]')).toHaveAttribute(
		'data-file-state',
		'duplicate'
	);

	// A report for a body/year/scope already in the dataset: side by side, the user chooses.
	await hongze24.getByRole('button', { name: '加入数据集' }).click();
	const existing = page.getByTestId('compare-existing');
	await expect(existing).toContainText('320813-2024-gov');
	await existing.getByRole('button', { name: '用导入的替换已有的' }).click();
	await expect(hongze24).toHaveAttribute('data-status', 'accepted');
	const hongze23 = row(page, 'corpus-2023_huaian_hongzequ.txt');
	await hongze23.getByRole('button', { name: '加入数据集' }).click();
	await page.getByTestId('compare-existing').getByRole('button', { name: '两者都保留' }).click();
	await expect(hongze23).toHaveAttribute('data-status', 'accepted');
	await idle(page);

	// Correct one cell of the 2023 report: its table-4 total was printed as 0 while 10 + 1 were listed.
	// Choosing opened its review; the review is of this report.
	const review = page.getByTestId('review');
	await expect(review).toHaveAttribute('data-hash', (await hongze23.getAttribute('data-hash'))!);
	const total = review.locator('td[data-field="t4_review_total"]');
	await expect(total).toHaveClass(/flag/);
	await expect(hongze23.getByTestId('errors')).not.toHaveText('通过');
	const before = await hongze23.getByTestId('errors').textContent();
	await total.locator('input').fill('11');
	await total.locator('input').press('Enter');
	await expect(total).toHaveAttribute('data-corrected', '1');
	await expect(total).not.toHaveClass(/flag/);
	await expect(hongze23.getByTestId('errors')).not.toHaveText(before ?? '');
	await expect(review.getByTestId('corrections')).toContainText('t4_review_total 由 “0” 改为 11');
	await idle(page);

	// Reload: everything is still there, corrected.
	await page.reload();
	await idle(page);
	await expect(page.locator('tr[data-status="accepted"]')).toHaveCount(4);
	await row(page, 'corpus-2023_huaian_hongzequ.txt').getByRole('button', { name: '核对' }).click();
	await expect(page.locator('td[data-field="t4_review_total"] input')).toHaveValue('11');

	// Every view works on them (moving between views as a user does: one engine for the journey).
	await navigate(page, '/region?r=320813&y=2023');
	const imported = page.locator('article.report', {
		hasText: '导入文件 corpus-2023_huaian_hongzequ.txt'
	});
	await expect(imported).toBeVisible();
	await expect(imported.getByRole('row', { name: /^行政复议/ })).toHaveText(/10\s*1\s*0\s*0\s*11/);
	await navigate(page, '/region?r=320813&y=2024');
	await expect(page.locator('article.report')).toHaveCount(1);
	await expect(page.locator('article.report')).toContainText(
		'导入文件 corpus-2024_huaian_hongzequ.pdf'
	);

	await navigate(page, '/quality?mine=1&lvl=county&p=320800');
	// The list counts hard identity failures, as the grid and the per-area table do: 洪泽区 2023's
	// table 4 (5 ≠ 0); 洪泽区 2024's narrative-vs-table note is a soft finding, shown on its profile.
	await expect(page.locator('main')).toContainText('需要核查的报告（1）');
	await expect(page.locator('main')).toContainText('洪泽区 2023 导入 复议后起诉：各项之和 = 总计');

	await navigate(page, '/rank?mine=1&lvl=county&p=320800&y=2024&m=t4_review_total');
	const ranked = await renderedChart(page);
	expect(ranked.categories.join(' ')).toMatch(/清江浦区.*洪泽区|洪泽区.*清江浦区/);

	await navigate(page, '/compare?r=320812&mine=1&m=t4_review_total');
	await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible();

	// Export everything, start afresh, import the bundle: the same rows and findings come back.
	await navigate(page, '/import');
	await idle(page);
	const first = await exported(page);
	expect(first.files['reports.csv']).toContain('320813-2023-gov-imp-');
	expect(first.files['reports.parquet']?.slice(0, 4)).toBe('PAR1');
	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: '全部删除' }).click();
	await expect(page.locator('tr[data-hash]')).toHaveCount(0);
	await page.getByTestId('import-files').setInputFiles({
		name: 'bundle.zip',
		mimeType: 'application/zip',
		buffer: first.zip
	});
	await idle(page);
	await expect(page.locator('tr[data-status="accepted"]')).toHaveCount(4);
	const again = await exported(page);
	expect(again.files['reports.csv']).toBe(first.files['reports.csv']);
	expect(again.files['validation.csv']).toBe(first.files['validation.csv']);
	expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

/** Clicks export and returns the bundle's files as text, and the zip itself. */
async function exported(page: Page): Promise<{ files: Record<string, string>; zip: Buffer }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-bundle').click()
	]);
	const zip = readFileSync(await download.path());
	const files = Object.fromEntries(
		Object.entries(unzipSync(new Uint8Array(zip))).map(([name, bytes]) => [
			name,
			Buffer.from(bytes).toString('latin1')
		])
	);
	return { files, zip };
}

test('a corrupt zip and random bytes named .pdf / .docx each fail with their own message, in the page’s language only', async ({
	page
}) => {
	let seed = 11;
	const random = Buffer.from(
		Uint8Array.from({ length: 30_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24)
	);
	const junk = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: random });
	const files = [
		junk('bad.zip'),
		junk('bad.pdf'),
		junk('bad.docx'),
		file(`${REPORTS}/bad-not-a-report.pdf`)
	];
	const failed = (name: string) =>
		page.locator(`[data-file-name="${name}"][data-file-state="failed"]`);
	for (const lang of ['zh', 'en'] as const) {
		await page.goto(lang === 'zh' ? '/import' : '/import?lang=en');
		await idle(page);
		await page.getByTestId('import-files').setInputFiles(files);
		await idle(page);
		const expected =
			lang === 'zh'
				? {
						'bad.zip': '不是有效的 zip 压缩包（无法读取目录）',
						'bad.pdf': '无法打开 PDF：文件已损坏或不是 PDF',
						'bad.docx': '无法打开 Word 文件（.docx）：文件已损坏或不是 Word 文档',
						'bad-not-a-report.pdf': '未找到表二、表三、表四中的任何一张表'
					}
				: {
						'bad.zip': 'Not a valid zip archive (its directory cannot be read).',
						'bad.pdf': 'Cannot open the PDF: the file is damaged or not a PDF.',
						'bad.docx': 'Cannot open the Word file (.docx)',
						'bad-not-a-report.pdf': 'Not an annual report: none of tables 2–4 found.'
					};
		for (const [name, message] of Object.entries(expected))
			await expect(failed(name).locator('.msg')).toContainText(message);
		const shown = (await page.locator('[data-file-state="failed"] .msg').allInnerTexts()).join(
			'\n'
		);
		if (lang === 'zh') expect(shown).not.toMatch(/[A-Za-z]{4,} [a-z]{2,}/);
		else expect(shown).not.toMatch(/[\u4e00-\u9fff]/);
	}
});
