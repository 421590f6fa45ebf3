import { expect, test } from '@playwright/test';
import { lawsuits, outcomes, reviews } from '../../src/lib/queries/outcomes';
import { parseState } from '../../src/lib/url/state';
import { expected, renderedChart, settled, stateOf, tour } from './helpers';

type Row = Record<string, number | string | null>;

test('requests: outcome shares per year match DuckDB, and the grouping is in the URL', async ({
	page
}) => {
	const search = 'lvl=prefecture&p=320000';
	await page.goto(`/requests?${search}`);
	await settled(page);
	const rows = await expected<Row>(outcomes(parseState(new URLSearchParams(search)).state));
	const chart = await renderedChart(page, 'requests-outcomes');
	expect(chart.categories).toEqual(rows.map((r) => String(r.year)));
	const disclosed = chart.series.find((s) => s.name === '予以公开')!;
	rows.forEach((r, i) => {
		const total = Object.entries(r)
			.filter(([k]) => k.startsWith('t3_res_') && k !== 't3_res_total__total')
			.reduce((s, [, v]) => s + (typeof v === 'number' ? v : 0), 0);
		expect(disclosed.data[i]).toBeCloseTo((r.t3_res_disclosed__total as number) / total, 9);
	});
	await tour(page, '04-requests');
	await page.getByRole('button', { name: '按地区' }).click();
	await expect.poll(() => stateOf(page).get('by')).toBe('region');
	const byRegion = await renderedChart(page, 'requests-outcomes');
	await expect
		.poll(async () => (await renderedChart(page, 'requests-outcomes')).categories.length)
		.toBeGreaterThan(5);
	expect(byRegion).toBeTruthy();
});

test('review: cases by outcome over years match DuckDB', async ({ page }) => {
	await page.goto('/review?lvl=county&p=320800');
	await settled(page);
	const rows = await expected<Row>(
		reviews(parseState(new URLSearchParams('lvl=county&p=320800')).state)
	);
	const chart = await renderedChart(page, 'review-cases');
	const upheld = chart.series.find((s) => s.name === '结果维持')!;
	expect(upheld.data).toEqual(rows.map((r) => r.t4_review_upheld));
	await tour(page, '05-review');
});

test('review by region: each card its own largest regions (as DuckDB ranks them), the largest on top', async ({
	page
}) => {
	const search = 'by=region&y=2024&lvl=prefecture';
	await page.goto(`/review?${search}`);
	await settled(page);
	const state = parseState(new URLSearchParams(search)).state;
	const shown: string[][] = [];
	for (const [card, q] of [
		['review-cases', reviews(state)],
		['review-litigation', lawsuits(state)]
	] as const) {
		const rows = await expected<Row>(q);
		const chart = await renderedChart(page, card);
		expect(chart.categories).toEqual(rows.map((r) => r.region_name));
		expect(chart.inverse).toBe(true);
		shown.push(chart.categories);
	}
	// Regression: the lawsuits card showed the regions with most reviews.
	expect(shown[1]).not.toEqual(shown[0]);
});
