import { expect, type Page } from '@playwright/test';
import { navigate, settled, tour } from './helpers';

/** The views every dataset must draw (bundled: views.e2e.ts; national scale: scale.e2e.ts). */
export const VIEWS = [
	{ name: 'overview', path: '/' },
	{ name: 'compare', path: '/compare?r=320813,540426&m=t2_license_decisions' },
	{ name: 'rank', path: '/rank?m=disclosure_rate&lvl=prefecture' },
	{ name: 'requests', path: '/requests' },
	{ name: 'review', path: '/review' },
	{ name: 'region', path: '/region?r=320813' },
	{ name: 'quality', path: '/quality?lvl=county&p=320800' }
];

// English on a desktop is the least likely to break; English at phone width is the strictest
// test of overflow, Chinese at phone width is how most readers arrive (a link in WeChat).
export const VARIANTS = [
	{ tag: 'desktop-zh', width: 1280, height: 900, lang: 'zh' },
	{ tag: 'phone-zh', width: 375, height: 667, lang: 'zh' },
	{ tag: 'phone-en', width: 375, height: 667, lang: 'en' }
] as const;

export const withLang = (path: string, lang: string) =>
	lang === 'zh' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;

/** Series of every drawn chart on the page, with whether its card's data table holds numbers. */
export async function chartsOf(page: Page) {
	return page.locator('.chart[data-ready="1"]').evaluateAll((els) =>
		els.map((el) => {
			const option = (
				el as HTMLElement & {
					echart: {
						getOption: () => { series?: { name?: string; type?: string; data?: unknown[] }[] };
					};
				}
			).echart.getOption();
			const card = el.closest('section[data-card]');
			return {
				card: card?.getAttribute('data-card') ?? el.getAttribute('aria-label') ?? '',
				// The tile map's grey no-data tiles are a series of their own, empty by design.
				series: (option.series ?? [])
					.filter((s) => s.type !== 'custom')
					.map((s) => ({
						name: String(s.name ?? ''),
						values: (s.data ?? []).map((d) => {
							const v =
								d !== null && typeof d === 'object' && 'value' in d
									? (d as { value: unknown }).value
									: d;
							return Array.isArray(v) ? v[v.length === 3 ? 2 : 0] : v;
						})
					}))
			};
		})
	);
}

async function tableHasNumbers(page: Page, card: string) {
	const section = page.locator(`section[data-card="${card}"]`);
	const toggle = section.getByRole('button', { name: /数据表|Data table/ });
	if (!(await toggle.count())) return true;
	await toggle.click();
	const cells = await section.locator('table td').allInnerTexts();
	await toggle.click();
	return cells.some((c) => /\d/.test(c) && c.trim() !== '—');
}

export type Variant = (typeof VARIANTS)[number];

/**
 * The tour: every view of VIEWS, reached as a reader clicks through the app, draws; no series is
 * all blank beside a table of numbers; nothing overflows the screen; English pages carry English
 * units. The same tour runs on the bundled set (views.e2e.ts) and at 1M reports (scale.e2e.ts);
 * screenshots are named `<prefix><view>-<variant>`. A fresh page opens the first view cold; a page
 * already in the app reaches it by a click.
 */
export async function runTour(page: Page, variant: Variant, prefix = '') {
	await page.setViewportSize({ width: variant.width, height: variant.height });
	const first = withLang(VIEWS[0]!.path, variant.lang);
	// A page already in the app (shared by the variants) keeps its engine and clicks on: one cold
	// start per page, not per variant (cold links have their own tests: fast.e2e.ts, share.e2e.ts).
	if (page.url().startsWith('http')) await navigate(page, first);
	else {
		await page.goto(first);
		await settled(page);
	}
	for (const v of VIEWS) {
		if (v !== VIEWS[0]) await navigate(page, withLang(v.path, variant.lang));
		await expect(page.locator('.chart[data-ready="1"]').first()).toBeVisible({ timeout: 45_000 });
		for (const chart of await chartsOf(page)) {
			const empty = chart.series.filter(
				(s) => s.values.length && s.values.every((x) => x === null || x === '-' || x === undefined)
			);
			if (!empty.length || chart.card === 'quality-coverage') continue;
			// An all-null series is only acceptable when the card has no numbers at all.
			expect(
				await tableHasNumbers(page, chart.card),
				`${v.name} ${chart.card}: all-null series ${empty.map((s) => s.name).join(', ')}`
			).toBe(false);
		}
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth, `${v.name} overflows the screen`).toBeLessThanOrEqual(variant.width);
		if (variant.lang === 'en' && v.name !== 'region') {
			// English pages carry English units: no 件 after a number (the region profile quotes
			// the report's own Chinese text as printed, so it is left out).
			const text = await page.locator('main').innerText();
			expect(text, v.name).not.toMatch(/\d\s*件/);
		}
		await tour(page, `${prefix}${v.name}-${variant.tag}`);
	}
}
