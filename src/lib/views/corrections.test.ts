import { describe, expect, it } from 'vitest';
import type { CorrectionRow } from '$lib/queries/corrections';
import {
	buildCorrections,
	correctionSheet,
	kindOf,
	locate,
	numbersOf,
	safeCell,
	safeSheet
} from './corrections';

const row = (over: Partial<CorrectionRow>): CorrectionRow => ({
	report_id: '320813-2023-gov',
	region_code: '320813',
	region_name: '洪泽区',
	organ_name: '淮安市洪泽区人民政府',
	scope: 'government_itself',
	data_origin: 'real',
	rule: 't4.review_sum',
	level: 'error',
	path: '表四/行政复议',
	message: '应满足 维持 + 纠正 + 其他 + 尚未审结 = 总计，实际 10 + 1 + 0 + 0 ≠ 0（行政复议）',
	fields: 't4_review_upheld t4_review_total',
	cell_states: null,
	extraction_findings: 0,
	published_on: '2024-02-26',
	published_basis: 'pdf_created',
	due_on: '2024-03-31',
	days_late: -34,
	section: null,
	share: null,
	other_report_id: null,
	...over
});

describe('correction list', () => {
	it('locates a finding in plain Chinese', () => {
		expect(locate('t3.outcome_sum', '表三/自然人')).toBe('表三 · 自然人列 · （七）总计');
		expect(locate('t3.row_total', '表三/本年新收')).toBe('表三 · 本年新收行 · 总计列');
		expect(locate('t4.review_sum', '表四/行政复议')).toBe('表四 · 行政复议');
		expect(locate('text.table', '正文/新收申请')).toBe('正文 · 新收申请');
		expect(locate('struct.sections', null)).toBe('—');
		const copy = buildCorrections(
			[
				row({
					rule: 'copy.previous_year',
					section: 1,
					share: 0.502,
					other_report_id: '320813-2023-gov'
				})
			],
			[],
			'淮安市',
			2024,
			'zh'
		).items[0]!;
		expect(copy.location).toBe('第一部分「总体情况」');
		expect(copy.message).toBe(
			'第一部分「总体情况」 50% 的文字与上一年度报告（320813-2023-gov）相同'
		);
		expect(copy.numbers).toBe('50% 相同（320813-2023-gov）');
	});

	it('reads the numbers and the difference from the finding', () => {
		expect(numbersOf(row({}))).toEqual({ numbers: '10 + 1 + 0 + 0 ≠ 0', difference: 11 });
		expect(
			numbersOf(
				row({
					rule: 'text.table',
					message: '正文称「受理政府信息公开申请17件」（17），与表格不一致：表中为 95'
				})
			)
		).toEqual({ numbers: '正文 17，表中 95', difference: -78 });
		expect(numbersOf(row({ message: '应满足 …，实际 空 + 3 ≠ 10（自然人列）' })).difference).toBe(
			-7
		);
		expect(
			numbersOf(row({ message: '应满足 …，实际 各项之和 12 ≠ 10（自然人列）' })).difference
		).toBe(2);
		expect(numbersOf(row({ message: '应满足 …，实际 十 ≠ 10（自然人列）' })).difference).toBeNull();
		expect(
			numbersOf(
				row({ rule: 'time.late', days_late: 12, published_on: '2025-04-12', due_on: '2025-03-31' })
			)
		).toEqual({
			numbers: '期限 2025-03-31，公开 2025-04-12',
			difference: 12
		});
	});

	it('tells a wrong report from an uncertain extraction', () => {
		expect(kindOf(row({}))).toBe('report');
		expect(kindOf(row({ extraction_findings: 2 }))).toBe('extraction');
		expect(kindOf(row({ cell_states: '{"t4_review_total":"missing"}' }))).toBe('extraction');
		expect(kindOf(row({ rule: 'parse.table_missing' }))).toBe('extraction');
		expect(kindOf(row({ data_origin: 'synthetic', extraction_findings: 2 }))).toBe('report');
		expect(kindOf(row({ rule: 'time.missing', report_id: null }))).toBe('missing');
	});

	it('counts by rule and by body, marks demo rows, and links each body to its profile', () => {
		const view = buildCorrections(
			[
				row({}),
				row({ rule: 'time.late', days_late: 3 }),
				row({
					region_code: '320800',
					region_name: '淮安市',
					organ_name: '淮安市人民政府',
					data_origin: 'synthetic'
				})
			],
			[
				{ code: '320800', name: '淮安市', origins: 'real,synthetic', reports: 2 },
				{ code: '320813', name: '洪泽区', origins: 'real', reports: 1 },
				{ code: '320830', name: '盱眙县', origins: 'synthetic', reports: 1 }
			],
			'淮安市',
			2024,
			'zh'
		);
		expect(view.byRule).toEqual([
			{ key: 't4.review_sum', label: '行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计', n: 2 },
			{ key: 'time.late', label: '逾期公开年度报告', n: 1 }
		]);
		expect(view.byBody.map((b) => [b.label, b.n, b.origins])).toEqual([
			['淮安市洪泽区人民政府', 2, 'real'],
			['淮安市人民政府', 1, 'real,synthetic'],
			['盱眙县', 0, 'synthetic']
		]);
		expect(view.demo).toBe(true);
		expect(view.items[0]?.profile).toBe('/region?r=320813&y=2024');
		expect(view.summary).toBe('淮安市 2024 年：检查 3 个报告主体，2 个共 3 个问题');
	});

	it('sheet rows have the same columns for every item; no cell starts a formula', () => {
		const sheet = correctionSheet(
			buildCorrections([row({})], [], '淮安市', 2024, 'zh').items,
			'zh'
		);
		expect(Object.keys(sheet[0]!)).toEqual([
			'报告主体',
			'区划代码',
			'报告编号',
			'数据类型',
			'规则',
			'规则编号',
			'位置',
			'数字',
			'差额',
			'判断',
			'说明'
		]);
		expect(safeCell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(safeCell(-3)).toBe(-3);
		expect(safeSheet([{ a: '@x', b: 1 }])).toEqual([{ a: "'@x", b: 1 }]);
	});
});
