import type { Page } from 'playwright-core';

/**
 * The bench's scripted filter changes on the landing page (scripts/bench.ts, and
 * scripts/trace-interact.ts to see where their time goes): a control's aria-label and its new value.
 */
export const INTERACTION_STEPS: readonly (readonly [string, string])[] = [
	['年度', '2024'],
	['年度', '2023'],
	['层级', 'prefecture'],
	['层级', 'county'],
	['指标', 'disclosure_rate'],
	['年度', '2022'],
	['指标', 't2_license_decisions'],
	['层级', 'province'],
	['指标', 'review_correction_rate'],
	['年度', '2025']
];

/**
 * Times one filter change inside the page, from the change event to the first frame painted after
 * the URL changed and every query settled (no test-driver round trips in the figure). The start
 * is marked `bench-change` so a trace can collect what happened since. NaN: no such control, or it
 * already has that value.
 */
export function timeChange(page: Page, label: string, value: string): Promise<number> {
	return page.evaluate(
		async ([label, value]) => {
			const select = [...document.querySelectorAll('select')].find(
				(s) => s.getAttribute('aria-label') === label
			);
			if (!select || select.value === value) return NaN;
			const main = document.querySelector('main')!;
			const url = location.href;
			const start = performance.mark('bench-change').startTime;
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			// A plain loop: tsx would wrap a named function in a helper the page does not have.
			while (location.href === url || main.dataset.pending !== '0')
				await new Promise((r) => setTimeout(r, 1));
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			return performance.now() - start;
		},
		[label, value] as const
	);
}

/**
 * When the page set the performance mark `name` (ms from navigation), waiting up to `timeout`;
 * Infinity if it never did (a link that never drew counts as the slowest, scripts/bench-stats.ts).
 */
export const markTime = (page: Page, name: string, timeout: number) =>
	page
		.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
		.then(() => page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name))
		.catch(() => Infinity);
