import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { assemble } from '../../src/lib/dataset/assemble';
import { toCsv } from '../../src/lib/dataset/csv';
import { REPORT_COLUMNS } from '../../src/lib/dataset/tables';
import { toParquet } from '../../src/lib/import/bundle';
import { t4, type Report } from '../../src/lib/report';
import { renderedChart, settled } from './helpers';

// The engine starts in seconds, but this machine may be shared and busy: wait on readiness, generously.
const SLOW = 240_000;

// The "intranet server" of a supervisor: a second local port, loopback only.
const PORT = Number(process.env.E2E_SRC_PORT ?? 4195);
const BASE = `http://127.0.0.1:${PORT}`;

const region = {
	code: '320812',
	name: '清江浦区',
	level: 'county' as const,
	parent_code: '320800',
	province_code: '320000',
	name_en: null,
	pinyin: '',
	pinyin_initials: ''
};
const reportOf = (year: number, total: number): Report => ({
	organ_name: '淮安市清江浦区人民政府',
	year,
	format_version: '2021',
	region_code: region.code,
	values: {
		[t4('review', 'upheld')]: total - 1,
		[t4('review', 'corrected')]: 1,
		[t4('review', 'other')]: 0,
		[t4('review', 'pending')]: 0,
		[t4('review', 'total')]: total
	},
	cells: {}
});
const rows = assemble(
	[2023, 2024].map((year, i) => ({
		series: 'src',
		meta: {
			report_id: `320812-${year}-gov-imp-0000000${i}`,
			region,
			scope: 'government_itself' as const,
			data_origin: 'imported' as const,
			source: '上级主管部门发布的汇编（测试）'
		},
		report: reportOf(year, year === 2023 ? 7 : 9)
	}))
).reports.map((r) => r.row);

const FILES: Record<string, { body: Uint8Array | string; cors: boolean }> = {
	'/ok/reports.parquet': { body: toParquet(REPORT_COLUMNS, rows), cors: true },
	'/ok/reports.csv': { body: toCsv(REPORT_COLUMNS, rows), cors: true },
	'/nocors/reports.csv': { body: toCsv(REPORT_COLUMNS, rows), cors: false },
	'/bad/reports.csv': { body: 'region,year,value\n320812,2024,3\n', cors: true }
};

let server: Server;
test.beforeAll(async () => {
	server = createServer((req, res) => {
		const file = FILES[req.url ?? ''];
		if (file?.cors || !file) res.setHeader('Access-Control-Allow-Origin', '*');
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200).end(file.body);
	});
	await new Promise<void>((ok) => server.listen(PORT, '127.0.0.1', ok));
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

test('?src= loads a published set in place of the bundled data, from Parquet or CSV', async ({
	page
}) => {
	test.setTimeout(600_000);
	await page.goto(`/compare?r=320812&m=t4_review_total&src=${BASE}/ok/reports.parquet`);
	await settled(page, SLOW);
	await expect(
		page.getByText(`本页显示的是来自 ${BASE}/ok/reports.parquet 的 2 份报告`)
	).toBeVisible();
	const chart = await renderedChart(page);
	expect(chart.series.flatMap((s) => s.data).filter((v) => v !== null)).toEqual([7, 9]);

	// Beside the bundled data: "my imports only" shows the added rows alone.
	await page.goto(
		`/compare?r=320812&m=t4_review_total&mine=1&srcmode=add&src=${BASE}/ok/reports.csv`
	);
	await settled(page, SLOW);
	await expect(page.locator('.notice', { hasText: '本页同时显示内置数据和来自' })).toContainText(
		`${BASE}/ok/reports.csv 的 2 份报告`
	);
	const both = await renderedChart(page);
	expect(both.series.flatMap((s) => s.data).filter((v) => v !== null)).toEqual([7, 9]);
});

test('?src= failures say what went wrong and fall back to the bundled data', async ({ page }) => {
	test.setTimeout(900_000);
	const cases = [
		[`${BASE}/nocors/reports.csv`, /跨域（CORS）/],
		[`${BASE}/missing.parquet`, /服务器返回 404（文件不存在）/],
		[`${BASE}/bad/reports.csv`, /列与数据集不一致：缺少 \d+ 列（report_id/]
	] as const;
	for (const [url, message] of cases) {
		await page.goto(`/compare?r=320812&m=t4_review_total&src=${url}`);
		await settled(page, SLOW);
		await expect(page.getByRole('alert').filter({ hasText: message })).toContainText(
			'已改为显示内置数据'
		);
		const chart = await renderedChart(page);
		await expect(page.getByText('未知参数')).toHaveCount(0);
		expect(chart.series.flatMap((s) => s.data).filter((v) => v !== null).length).toBeGreaterThan(2);
	}
});
