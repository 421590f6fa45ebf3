import { expect, test } from '@playwright/test';
import {
	lateReports,
	timelinessByYear,
	type TimelinessYearRow
} from '../../src/lib/queries/timeliness';
import { parseState } from '../../src/lib/url/state';
import { expected, renderedChart, settled, tour } from './helpers';

test.setTimeout(180_000);

test('timeliness: on time, late and unknown by year for 淮安市’s counties, the late list and the rate bands', async ({
	page
}) => {
	const search = 'lvl=county&p=320800&y=2024';
	await page.goto(`/timeliness?${search}`);
	await expect(
		page.locator('section[aria-labelledby="timeliness-years-title"] .chart[data-ready="1"]')
	).toBeVisible({
		timeout: 150_000
	});
	await settled(page);
	const state = parseState(new URLSearchParams(search)).state;
	const years = await expected<TimelinessYearRow>(timelinessByYear(state));
	const chart = await renderedChart(page, 'timeliness-years');
	expect(chart.series.map((s) => s.name)).toEqual(['按时公开', '逾期公开', '公开日期不详']);
	expect(chart.series[0]!.data).toEqual(years.map((y) => y.on_time));
	expect(chart.series[1]!.data).toEqual(years.map((y) => y.late));
	const late = await expected<{ report_id: string }>(lateReports(state));
	await expect(page.locator('table.late tbody tr')).toHaveCount(late.length);
	await expect(page.getByRole('heading', { name: /逾期公开（2024，/ })).toContainText(
		`${late.length}）`
	);
	// Three distributions, each saying how many bodies the sample-size guard left out.
	for (const id of ['disclosure_rate', 'not_held_share', 'review_correction_rate'])
		await expect(page.locator(`section[aria-labelledby="bands-${id}-title"] .note`)).toContainText(
			'样本量保护'
		);
	await tour(page, '09-timeliness');
});

test('at phone width (390 px) wide tables scroll in their own box; the page never gets wider', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
	/** The table is wider than its box, which scrolls: proof the box, not the page, takes it. */
	const scrollsInBox = (table: string) =>
		page.locator(table).evaluate((t) => {
			const box = t.closest('[data-scroll-x]');
			return box !== null && box.scrollWidth > box.clientWidth;
		});
	for (const lang of ['zh', 'en']) {
		await page.goto(`/timeliness${lang === 'en' ? '?lang=en' : ''}`);
		await expect(page.locator('table.areas tbody tr').first()).toBeVisible({ timeout: 150_000 });
		await settled(page);
		expect(await pageWidth(), `/timeliness ${lang}`).toBeLessThanOrEqual(390);
		expect(await scrollsInBox('table.areas')).toBe(true);

		await page.goto(`/corrections?r=320800&y=2024${lang === 'en' ? '&lang=en' : ''}`);
		await expect(page.locator('article.sheet[data-ready="1"] table.findings').first()).toBeVisible({
			timeout: 150_000
		});
		await settled(page);
		expect(await pageWidth(), `/corrections ${lang}`).toBeLessThanOrEqual(390);
		expect(await scrollsInBox('table.findings >> nth=0')).toBe(true);
		await tour(page, `09-phone-wide-tables-${lang}`);
	}
});
