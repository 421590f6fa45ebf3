import { describe, expect, it } from 'vitest';
import { validateReport, validateSeries } from './index';
import { t3Balance } from './rules/t3-balance';
import { t3RowTotal } from './rules/t3-row-total';
import { t3OutcomeSum } from './rules/t3-outcome-sum';
import { t3OtherSum } from './rules/t3-other-sum';
import { t4ReviewSum } from './rules/t4-sums';
import { nonNegative } from './rules/non-negative';
import { report } from './test-reports';

describe('t3.balance', () => {
	const base = {
		t3_new_received__natural_person: 12,
		t3_carried_over_in__natural_person: 3,
		t3_res_total__natural_person: 10,
		t3_carried_forward__natural_person: 5
	};
	it('passes when new + carried in = outcomes + carried forward', () => {
		expect(t3Balance(report(base))).toEqual([]);
	});
	it('names the column and the numbers found', () => {
		const [issue, ...rest] = t3Balance(report({ ...base, t3_carried_forward__natural_person: 4 }));
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({ rule: 't3.balance', level: 'error', path: '表三/自然人' });
		expect(issue!.message).toBe(
			'应满足 本年新收 + 上年结转 = 办理结果总计 + 结转下年度，实际 12 + 3 ≠ 10 + 4（自然人列）'
		);
	});
	it('counts a blank as 0 and says so', () => {
		const [issue] = t3Balance(report({ ...base, t3_carried_over_in__natural_person: null }));
		expect(issue!.message).toContain('空白单元格按 0 计（上年结转）');
	});
	it('skips a column whose cells are missing', () => {
		expect(t3Balance(report({ t3_new_received__total: 5 }))).toEqual([]);
	});
});

describe('t3.row_total', () => {
	it('flags a row whose applicant cells miss the total', () => {
		const issues = t3RowTotal(
			report({
				t3_new_received__natural_person: 1,
				t3_new_received__org_commercial: 2,
				t3_new_received__org_research: 0,
				t3_new_received__org_public_interest: 0,
				t3_new_received__org_legal_service: 0,
				t3_new_received__org_other: 0,
				t3_new_received__total: 12
			})
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ rule: 't3.row_total', path: '表三/本年新收' });
		expect(issues[0]!.message).toContain('1 + 2 + 0 + 0 + 0 + 0');
		expect(issues[0]!.message).toContain('≠ 12');
	});
});

describe('t3.outcome_sum and t3.other_sum', () => {
	it('sums all outcome rows into the total', () => {
		const ok = report({
			t3_res_disclosed__total: 2,
			t3_res_other_total__total: 1,
			t3_res_total__total: 3
		});
		// Other outcome rows missing: the identity cannot be checked at all.
		expect(t3OutcomeSum(ok)).toEqual([]);
	});
	it('checks the three other-handling sub-rows in the 2021 format only', () => {
		const values = {
			t3_res_other_no_correction__total: 1,
			t3_res_other_fee_unpaid__total: 0,
			t3_res_other_misc__total: 1,
			t3_res_other_total__total: 3
		};
		expect(t3OtherSum(report(values))[0]).toMatchObject({
			rule: 't3.other_sum',
			path: '表三/总计'
		});
		expect(t3OtherSum(report(values, '2019'))).toEqual([]);
	});
});

describe('t4 sums', () => {
	it('flags review results that do not add up', () => {
		const values = {
			t4_review_upheld: 1,
			t4_review_corrected: 0,
			t4_review_other: 0,
			t4_review_pending: 0
		};
		expect(t4ReviewSum(report({ ...values, t4_review_total: 1 }))).toEqual([]);
		const [issue] = t4ReviewSum(report({ ...values, t4_review_total: 0 }));
		expect(issue).toMatchObject({ rule: 't4.review_sum', path: '表四/行政复议' });
		expect(issue!.message).toContain('实际 1 + 0 + 0 + 0 ≠ 0');
	});
});

describe('domain.non_negative', () => {
	it('rejects negative or fractional counts but accepts signed changes and decimal fees', () => {
		expect(
			nonNegative(
				report({ t2_license_items_change: -3, t2_fee_amount_10k_cny: 12.5, t2_rule_issued: 2 })
			)
		).toEqual([]);
		const issues = nonNegative(report({ t2_rule_issued: -1, t2_penalty_decisions: 1.5 }));
		expect(issues.map((i) => i.rule)).toEqual(['domain.non_negative', 'domain.non_negative']);
		expect(issues[0]!.message).toContain('-1');
	});
});

describe('validateReport', () => {
	it('never throws on an empty report', () => {
		expect(validateReport(report({}))).toEqual([]);
	});
});

describe('cross-year rules', () => {
	const series = (a: Record<string, number>, b: Record<string, number>, key2 = 'x') => [
		{ key: 'x', year: 2022, report: report(a) },
		{ key: key2, year: 2023, report: report(b) }
	];
	it('cross.carry compares carried in with last year’s carried forward', () => {
		const found = validateSeries(
			series({ t3_carried_forward__total: 4 }, { t3_carried_over_in__total: 3 })
		);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			key: 'x',
			year: 2023,
			issue: { rule: 'cross.carry', path: '表三/总计' }
		});
		expect(found[0]!.issue.message).toContain('3 ≠ 4');
	});
	it('never compares different series', () => {
		expect(
			validateSeries(
				series({ t3_carried_forward__total: 4 }, { t3_carried_over_in__total: 3 }, 'y')
			)
		).toEqual([]);
	});
	it('cross.stock follows issued − repealed', () => {
		const found = validateSeries(
			series(
				{ t2_normdoc_in_force: 10 },
				{ t2_normdoc_in_force: 12, t2_normdoc_issued: 3, t2_normdoc_repealed: 0 }
			)
		);
		expect(found.map((f) => f.issue.rule)).toEqual(['cross.stock']);
		expect(found[0]!.issue.message).toContain('12 ≠ 10 + 3 − 0');
	});
	it('cross.jump flags ×10 moves from a base of at least 30', () => {
		const jump = (a: number, b: number) =>
			validateSeries(series({ t2_license_decisions: a }, { t2_license_decisions: b })).length;
		expect(jump(30, 301)).toBe(1);
		expect(jump(30, 2)).toBe(1);
		expect(jump(29, 1000)).toBe(0);
		expect(jump(100, 900)).toBe(0);
	});
});
