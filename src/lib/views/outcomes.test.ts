import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '$lib/url/state';
import type { TrendRow } from '$lib/queries/selection';
import { requestsView, reviewView, type GroupRow } from './outcomes';

const trendRow = (year: number, value: number | null, den: number | null): TrendRow =>
	({ year, value, den, n_reports: 3, n_blank: 0, n_demo: 0, n_real: 3 }) as unknown as TrendRow;

describe('requests view', () => {
	const outcomes: GroupRow[] = [
		{ year: 2023, n_demo: 0, t3_res_disclosed__total: 40, t3_res_total__total: 50 },
		{ year: 2024, n_demo: 2, t3_res_disclosed__total: null, t3_res_total__total: 60 }
	];
	const data = {
		outcomes,
		applicants: [{ year: 2024, n_demo: 0, t3_new_received__natural_person: 9 }],
		backlog: [trendRow(2023, 4, null), trendRow(2024, null, null)],
		disclosure: [trendRow(2023, 0.8, 50), trendRow(2024, 0.7, 60)]
	};

	it('keeps a blank outcome blank in the chart’s table, and marks demo rows', () => {
		const v = requestsView(DEFAULT_STATE, data, '全国 · 省级 · 政府本级', 'https://x/requests');
		expect(v.demo).toBe(true);
		const row2024 = v.outcomes.rows.find((r) => r['年度'] === '2024');
		expect(row2024?.['予以公开']).toBeNull();
		expect(v.outcomes.title).toBe('办理结果构成 · 2019–2025');
		expect(v.backlog.rows).toEqual([
			{ year: 2023, carried_forward: 4 },
			{ year: 2024, carried_forward: null }
		]);
	});

	it('says in each card’s export context what, where and when', () => {
		const v = requestsView(
			{ ...DEFAULT_STATE, by: 'region', year: 2024 },
			data,
			'江苏省 · 县级 · 政府本级',
			'l'
		);
		expect(v.outcomes.meta).toEqual({
			subject: '江苏省 · 县级 · 政府本级',
			demo: true,
			years: '2024'
		});
		// The applicants chart is always over years, whatever the grouping of the outcomes.
		expect(v.applicants.meta.years).toBe('2019–2025');
		expect(v.outcomes.height).toBeGreaterThan(v.applicants.height);
		expect(v.backlog.meta.metric?.id).toBe('t3_carried_forward__total');
	});
});

describe('review view', () => {
	const cases: GroupRow[] = [
		{
			year: 2024,
			n_demo: 0,
			t4_review_upheld: 5,
			t4_review_corrected: 1,
			t4_lit_direct_corrected: 2,
			t4_lit_after_review_corrected: null
		}
	];
	const data = {
		cases,
		lawsuits: cases,
		reviewRate: [trendRow(2024, 0.1, 10)],
		litigationRate: [trendRow(2024, 0.25, 8)]
	};

	it('adds the lawsuits of both kinds and leaves a kind no report filled out of the sum', () => {
		const v = reviewView(DEFAULT_STATE, data, 's', 'l');
		const corrected = v.lawsuits.rows[0]?.['结果纠正'];
		expect(corrected).toBe(2);
		expect(v.reviews.rows[0]?.['结果维持']).toBe(5);
	});

	it('tables both correction rates with their case counts, labelled in the reader’s language', () => {
		const v = reviewView({ ...DEFAULT_STATE, lang: 'en' }, data, 's', 'l');
		expect(v.rates.rows).toEqual([
			{
				year: 2024,
				review_correction_rate: 0.1,
				reviews: 10,
				litigation_correction_rate: 0.25,
				lawsuits: 8
			}
		]);
		expect(v.rates.columns.map((c) => c.label)).not.toContain('行政复议纠错率');
		expect(v.definitions).not.toMatch(/[\u4e00-\u9fff]/);
		expect(v.demo).toBe(false);
	});

	it('by region each card shows its own largest regions, the largest on top', () => {
		const region = (name: string, review: number, lit: number): GroupRow => ({
			region_name: name,
			n_demo: 0,
			n_groups: 30,
			t4_review_total: review,
			t4_lit_direct_total: lit
		});
		const v = reviewView(
			{ ...DEFAULT_STATE, by: 'region' },
			{ ...data, cases: [region('甲', 9, 0)], lawsuits: [region('乙', 1, 7)] },
			's',
			'l'
		);
		expect(v.reviews.rows.map((r) => r['地区'])).toEqual(['甲']);
		expect(v.lawsuits.rows.map((r) => r['地区'])).toEqual(['乙']);
		const axis = (v.lawsuits.option as { yAxis: { type: string; inverse: boolean } }).yAxis;
		expect(axis).toMatchObject({ type: 'category', inverse: true });
	});
});
