/**
 * `npm run bench:import` (after `npm run build`): import throughput in the browser through the real
 * file chooser — reports/s for .txt and for .pdf (each file made unique so none is a duplicate) —
 * and the time from choosing a table to the first view drawing its rows. Figures only.
 * Options: --txt N (default 100), --pdf N (default 100).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const args = process.argv.slice(2);
const count = (flag: string, d: number) =>
	args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) || d : d;
const PORT = Number(process.env.BENCH_IMPORT_PORT ?? 4195);
const BASE = `http://127.0.0.1:${PORT}`;
const FIXTURES = 'tests/fixtures/reports';

function copies(file: string, n: number, suffix: (i: number) => string) {
	const bytes = readFileSync(`${FIXTURES}/${file}`);
	return Array.from({ length: n }, (_, i) => ({
		name: `${i}-${file}`,
		mimeType: 'application/octet-stream',
		buffer: Buffer.concat([bytes, Buffer.from(suffix(i))])
	}));
}

async function importIdle(page: Page) {
	await page.waitForFunction(
		() =>
			document.querySelector('[data-import-state="idle"]') &&
			!document.querySelector('[data-file-state="queued"], [data-file-state="reading"]') &&
			!document.querySelector('[data-applying="1"]'),
		null,
		{ timeout: 1_800_000, polling: 200 }
	);
}

async function timeImport(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
	const start = performance.now();
	await page.getByTestId('import-files').setInputFiles(files);
	await importIdle(page);
	return (performance.now() - start) / 1000;
}

async function clearAll(page: Page) {
	if (!(await page.locator('tr[data-hash]').count())) return;
	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: '全部删除' }).click();
	await page.waitForFunction(() => !document.querySelector('tr[data-hash]'));
}

async function main() {
	if (!existsSync('build/index.html'))
		throw new Error('build/ is missing: run `npm run build` first');
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
		{ stdio: 'ignore' }
	);
	await new Promise((r) => setTimeout(r, 2500));
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${BASE}/import`);
		await page.waitForSelector('[data-import-loaded="1"]', { timeout: 120_000 });
		await clearAll(page);
		const nTxt = count('--txt', 100);
		const nPdf = count('--pdf', 100);
		const txt = ['corpus-2023_huaian_hongzequ.txt', 'corpus-2024_huaian_shi.txt'].flatMap((f) =>
			copies(f, Math.ceil(nTxt / 2), (i) => `\n（副本 ${i}）\n`)
		);
		const txtSeconds = await timeImport(page, txt.slice(0, nTxt));
		await clearAll(page);
		const pdf = ['corpus-2024_huaian_hongzequ.pdf', 'corpus-2023_huaian_hongzequ.pdf'].flatMap(
			(f) => copies(f, Math.ceil(nPdf / 2), (i) => `\n%copy ${i}\n`)
		);
		const pdfSeconds = await timeImport(page, pdf.slice(0, nPdf));
		await clearAll(page);
		// Drop to first view: a table's rows join at once; then the compare view draws them.
		const start = performance.now();
		await page
			.getByTestId('import-files')
			.setInputFiles('tests/fixtures/import/table-gbk-excel.csv');
		await importIdle(page);
		await page.goto(`${BASE}/compare?r=320812&mine=1&m=t4_review_total`);
		await page.waitForSelector('.chart[data-ready="1"]', { timeout: 120_000 });
		const toView = (performance.now() - start) / 1000;
		await clearAll(page).catch(() => {});
		console.log(
			`import .txt: ${nTxt} files in ${txtSeconds.toFixed(1)} s = ${(nTxt / txtSeconds).toFixed(1)} reports/s`
		);
		console.log(
			`import .pdf: ${nPdf} files in ${pdfSeconds.toFixed(1)} s = ${(nPdf / pdfSeconds).toFixed(2)} reports/s`
		);
		console.log(`choose a table → compare view drawn with its rows: ${toView.toFixed(1)} s`);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
