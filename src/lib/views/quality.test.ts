import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '$lib/url/state';
import type { FailingReportRow } from '$lib/queries/quality';
import { qualityView } from './quality';

/** 洪泽区's 2023 report, failing `rules` (space-separated) with `messages` (rule TAB message, one per line). */
const failingRow = (rules: string, messages: string): FailingReportRow => ({
	report_id: 'a',
	region_code: '320813',
	region_name: '洪泽区',
	year: 2023,
	data_origin: 'real',
	rules,
	messages,
	n_total: 1
});

describe('quality view', () => {
	const state = {
		...DEFAULT_STATE,
		level: 'county' as const,
		parent: '320800',
		from: 2023,
		to: 2024
	};
	const names = new Map([
		['320800', { name: '淮安市' }],
		['320813', { name: '洪泽区' }]
	]);
	it('names rules instead of showing ids (regression: cross.jump shown)', () => {
		const v = qualityView(
			state,
			{
				coverage: [],
				byRule: [{ rule: 't4.review_sum', year: 2023, n: 2 }],
				byArea: [],
				failing: [failingRow('t4.review_sum', 't4.review_sum\tm')]
			},
			names,
			'淮安市 · 县级',
			'L'
		);
		const series = (v.rules.option as { series: { name: string }[] }).series;
		const reviewSum = '行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计';
		expect(series.map((x) => x.name)).toEqual([reviewSum]);
		expect(v.rules.rows[0]!.rule).toBe(reviewSum);
		expect(v.list.items[0]!.failures.map((f) => f.name)).toEqual([reviewSum]);
	});
	it('the per-area table under a drill-down counts the same failing reports as the list', () => {
		const v = qualityView(
			state,
			{
				coverage: [
					{ code: '320813', name: '洪泽区', year: 2023, status: 'failing', data_origin: 'real' }
				],
				byRule: [],
				byArea: [
					{ area_code: '320813', n_reports: 2, n_failing: 1 },
					{ area_code: '320812', n_reports: 2, n_failing: 0 }
				],
				failing: [failingRow('t4.review_sum', 't4.review_sum\tm')]
			},
			names,
			'淮安市 · 县级',
			'L'
		);
		expect(v.areas.title).toContain('淮安市');
		expect(v.areas.failing).toBe(v.list.total);
		expect(v.areas.rows[0]!.area).toBe('洪泽区');
	});
	it('a list not loaded yet has no count, never 0 (regression: （0） until the engine came)', () => {
		const rows = { coverage: null, byRule: null, byArea: null, failing: null };
		const pending = qualityView(state, rows, names, '淮安市 · 县级', 'L');
		expect(pending.list.total).toBeNull();
		expect(pending.coverage.note).toBeNull();
		expect(pending.summary).not.toMatch(/\b0 份|：0/);
		expect(pending.summary).toContain('… 份报告勾稽关系不成立');
		const none = qualityView(state, { ...rows, failing: [] }, names, '淮安市 · 县级', 'L');
		expect(none.list.total).toBe(0);
		expect(none.summary).toContain('：0 份报告勾稽关系不成立');
	});
	it('explains every failing rule of a report (regression: only the first message shown)', () => {
		const v = qualityView(
			state,
			{
				coverage: [],
				byRule: [],
				byArea: [],
				failing: [
					failingRow(
						't3.balance t4.lit_after_review_sum t4.review_sum',
						[
							't3.balance\t1 + 0 ≠ 0 + 0（商业企业列）',
							't3.balance\t8 + 1 ≠ 78 + 4（自然人列）',
							't4.lit_after_review_sum\t5 + 0 + 0 + 0 ≠ 0',
							't4.review_sum\t10 + 1 + 0 + 0 ≠ 0'
						].join('\n')
					)
				]
			},
			names,
			'淮安市 · 县级',
			'L'
		);
		expect(v.list.items[0]!.failures.map((f) => [f.rule, f.messages])).toEqual([
			['t3.balance', ['1 + 0 ≠ 0 + 0（商业企业列）', '8 + 1 ≠ 78 + 4（自然人列）']],
			['t4.lit_after_review_sum', ['5 + 0 + 0 + 0 ≠ 0']],
			['t4.review_sum', ['10 + 1 + 0 + 0 ≠ 0']]
		]);
		expect(v.list.items[0]!.failures[1]!.name).not.toContain('t4.');
	});
});
