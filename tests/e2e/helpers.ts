import { expect, type Page } from '@playwright/test';

export interface RenderedSeries {
	name: string;
	data: (number | null)[];
}

/** Waits for the chart and returns the option ECharts actually rendered (not pixels). */
export async function renderedChart(page: Page, index = 0) {
	const chart = page.locator('.chart[data-ready="1"]').nth(index);
	await expect(chart).toBeVisible({ timeout: 45_000 });
	const option = JSON.parse((await chart.getAttribute('data-option')) ?? '{}');
	return {
		xAxis: (option.xAxis?.[0]?.data ?? []) as string[],
		series: (option.series ?? []).map((s: RenderedSeries & { data: unknown[] }) => ({
			name: s.name,
			data: s.data.map((d) => (Array.isArray(d) ? d[1] : d))
		})) as RenderedSeries[]
	};
}

/** Fails the test on any console error or uncaught exception. */
export function failOnConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}
