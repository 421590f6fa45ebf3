import { expect, type Browser, type Page } from '@playwright/test';
import { navigate } from './helpers';

export type Charts = Record<string, unknown>;

/** Every drawn chart's series data and categories, by the card it sits in, plus the KPI cards. */
export function drawnCharts(page: Page): Promise<Charts> {
	return page.evaluate(() => {
		const out: Record<string, unknown> = {};
		document.querySelectorAll<HTMLElement>('.chart[data-ready="1"]').forEach((el, i) => {
			const card = el.closest('section')?.getAttribute('aria-labelledby') ?? `chart-${i}`;
			const option = (
				el as HTMLElement & { echart: { getOption: () => Record<string, unknown> } }
			).echart.getOption() as {
				series?: { name?: string; data?: unknown[] }[];
				xAxis?: { data?: unknown[] }[];
				yAxis?: { data?: unknown[] }[];
			};
			out[card] = {
				x: option.xAxis?.[0]?.data ?? null,
				y: option.yAxis?.[0]?.data ?? null,
				series: (option.series ?? []).map((s) => ({ name: s.name, data: s.data }))
			};
		});
		const kpis = document.querySelector('[aria-label="KPI"]');
		if (kpis) out.kpis = (kpis as HTMLElement).innerText;
		return out;
	});
}

/** Numbers equal to 1e-12 relative (floating sums may differ in the last bit), all else exactly. */
export function same(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' && typeof b === 'number')
		return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => same(x, b[i]));
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a).sort();
		const kb = Object.keys(b).sort();
		return same(ka, kb) && ka.every((k) => same((a as Charts)[k], (b as Charts)[k]));
	}
	return a === b;
}

/**
 * Opens each link in two pages and expects the same charts: one where DuckDB's wasm never arrives
 * (the fast first view), one where the fast files are refused (everything from the engine).
 * Used for the bundled set's shared links (fast.e2e.ts) and the lower levels at 1M (scale.e2e.ts).
 */
export async function fastMatchesEngine(browser: Browser, links: readonly string[]) {
	// Page "fast": DuckDB's wasm never arrives. Page "engine": the fast files are refused, so
	// everything not prebuilt comes from DuckDB-wasm (the engine's own column files, under
	// fast/c/cols/ at national scale, still arrive).
	const fast = await browser.newPage();
	await fast.route(/\.wasm$/, () => new Promise(() => {}));
	const engine = await browser.newPage();
	await engine.route(/\/data\/fast\/(?!c\/cols\/)/, (route) => route.abort());
	try {
		await compare(fast, engine, links);
	} finally {
		// Closed, so a later test's memory figure counts only its own pages.
		await fast.context().close();
		await engine.context().close();
	}
}

async function compare(fast: Page, engine: Page, links: readonly string[]) {
	await fast.goto('/');
	await engine.goto('/');
	await expect(engine.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 0 });
	for (const link of links) {
		await navigate(engine, link);
		// Every chart on the page drawn with its latest option (a chart waiting for a lazily loaded
		// part, or for the frame of the page's first chart, is not drawn yet one frame after the
		// answers settled: the truth would lack it).
		await engine.waitForFunction(
			() =>
				[...document.querySelectorAll<HTMLElement>('.chart')].every(
					(el) => el.dataset.ready === '1'
				),
			null,
			{ timeout: 0 }
		);
		await engine.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
		const truth = await drawnCharts(engine);
		expect(Object.keys(truth).length, link).toBeGreaterThan(0);

		await navigate(fast, link, { settle: false });
		// Settled as far as it can be without the engine: only queries waiting for DuckDB remain.
		await fast.waitForFunction(
			() =>
				document.querySelector('main')?.dataset.pending ===
				(document.documentElement.dataset.engineQueries ?? '0'),
			null,
			{ timeout: 0 }
		);
		await expect(fast.locator('html')).not.toHaveAttribute('data-engine', 'ready');
		// Every chart the engine draws is drawn without it, with the same numbers. Charts draw once
		// their lazily loaded parts arrive: poll until the drawing matches (or the failsafe ends it).
		await expect
			.poll(async () => {
				const first = await drawnCharts(fast);
				const keys = Object.keys(first).sort();
				return same(keys, Object.keys(truth).sort()) && keys.every((k) => same(first[k], truth[k]));
			}, link)
			.toBe(true);
	}
}
