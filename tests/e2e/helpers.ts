import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Query } from '../../src/lib/queries/sql';
import { openDataset, run } from '../helpers/duckdb';

export interface RenderedSeries {
	name: string;
	data: (number | null)[];
}

const chartIn = (page: Page, card?: string) =>
	card
		? page.locator(`section[aria-labelledby="${card}-title"] .chart[data-ready="1"]`)
		: page.locator('.chart[data-ready="1"]').first();

/** Waits for a chart (optionally in a given card) and returns the option ECharts rendered. */
export async function renderedChart(page: Page, card?: string) {
	const chart = chartIn(page, card);
	await expect(chart).toBeVisible({ timeout: 0 });
	// The option ECharts actually holds (after merging), read from the instance on the element.
	const option = JSON.parse(
		await chart.evaluate((el) =>
			JSON.stringify(
				(el as HTMLElement & { echart: { getOption: () => unknown } }).echart.getOption(),
				(_k, v) => (typeof v === 'function' ? undefined : v)
			)
		)
	);
	const axis = (option.yAxis?.[0]?.type === 'category' ? option.yAxis : option.xAxis)?.[0];
	return {
		categories: (axis?.data ?? []) as string[],
		/** The category axis runs top-down (first category on top of a vertical axis). */
		inverse: axis?.inverse === true,
		xAxis: (option.xAxis?.[0]?.data ?? []) as string[],
		series: (option.series ?? []).map((s: RenderedSeries & { data: unknown[] }) => ({
			name: s.name,
			data: s.data.map((d) => {
				const v =
					d !== null && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d;
				return Array.isArray(v) ? v[v.length === 3 ? 2 : 1] : v;
			})
		})) as RenderedSeries[]
	};
}

let dataset: Awaited<ReturnType<typeof openDataset>> | null = null;

/** Runs a builder's query on the published dataset with native DuckDB: the expected numbers. */
export async function expected<T>(q: Query): Promise<T[]> {
	dataset ??= await openDataset();
	return run<T>(dataset, q);
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

/**
 * Waits until no part of the page is still loading. `timeout: 0` leaves the bound to the test's
 * failsafe: the wait ends on the app's signal, however slow the machine.
 */
export async function settled(page: Page, timeout = 0) {
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout });
	await expect(page.locator('main')).toHaveAttribute('data-pending', '0', { timeout });
}

/** Waits for the data engine (DuckDB-wasm with its tables) to be ready, then for the page to settle. */
export async function engineReady(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 0 });
	await settled(page);
}

/** Screenshots for the tour in the closing note (tests/e2e/screenshots, git-ignored). */
export async function tour(page: Page, name: string) {
	mkdirSync('tests/e2e/screenshots', { recursive: true });
	await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
}

export const stateOf = (page: Page) => new URL(page.url()).searchParams;

/**
 * Whether series 0 of a card's chart has drawn graphics for its items and, where the option has a
 * visual map, whether it was applied (items coloured from the map, not the default palette).
 */
export async function drawn(page: Page, card: string) {
	const chart = page.locator(`section[aria-labelledby="${card}-title"] .chart[data-ready="1"]`);
	await expect(chart).toBeVisible({ timeout: 0 });
	return chart.evaluate((el) => {
		type Data = {
			count: () => number;
			getItemGraphicEl: (i: number) => unknown;
			getItemLayout: (i: number) => unknown;
			getItemVisual: (i: number, k: string) => unknown;
		};
		const chart = (
			el as HTMLElement & {
				echart: {
					getModel: () => { getSeriesByIndex: (i: number) => { getData: () => Data } };
					getOption: () => { visualMap?: unknown[] };
				};
			}
		).echart;
		const data = chart.getModel().getSeriesByIndex(0).getData();
		const items = Array.from({ length: data.count() }, (_, i) => i);
		return {
			items: items.length,
			graphics: items.filter((i) => data.getItemGraphicEl(i)).length,
			laidOut: items.filter((i) => {
				const l = data.getItemLayout(i);
				return Array.isArray(l) && l.every((v) => Number.isFinite(v));
			}).length,
			visualMaps: chart.getOption().visualMap?.length ?? 0,
			colours: new Set(
				items.map((i) =>
					String(
						data.getItemVisual(i, 'style') &&
							(data.getItemVisual(i, 'style') as { fill?: string }).fill
					)
				)
			).size
		};
	});
}

/**
 * Opens a path inside the running app as a user's click on a link would (SvelteKit's client-side
 * navigation), so the page keeps its engine: a tour then measures the views, not one cold start
 * per view. Cold links have their own tests (fast.e2e.ts, share.e2e.ts). `settle: false` returns as
 * soon as the URL changed (for a page whose engine is held back on purpose).
 */
export async function navigate(page: Page, path: string, { settle = true } = {}) {
	const target = new URL(path, page.url());
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, target.href);
	await page.waitForURL((u) => u.pathname === target.pathname && u.search === target.search, {
		timeout: 0
	});
	if (settle) await settled(page);
}
