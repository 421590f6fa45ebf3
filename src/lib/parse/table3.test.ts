import { describe, expect, it } from 'vitest';
import { parseText } from './index';

const LABELS = [
	'一、本年新收政府信息公开申请数量',
	'二、上年结转政府信息公开申请数量',
	'（一）予以公开',
	'（二）部分公开',
	'1.属于国家秘密',
	'2.其他法律行政法规禁止公开',
	'3.危及“三安全一稳定”',
	'4.保护第三方合法权益',
	'5.属于三类内部事务信息',
	'6.属于四类过程性信息',
	'7.属于行政执法案卷',
	'8.属于行政查询事项',
	'1.本机关不掌握相关政府信息',
	'2.没有现成信息需要另行制作',
	'3.补正后申请内容仍不明确',
	'1.信访举报投诉类申请',
	'2.重复申请',
	'3.要求提供公开出版物',
	'4.无正当理由大量反复申请',
	'5.要求行政机关确认或重新出具已获取信息',
	'1.申请人无正当理由逾期不补正',
	'2.申请人逾期未按收费通知要求缴纳费用',
	'3.其他',
	'（七）总计',
	'四、结转下年度继续办理'
];
// Each row's natural-person value is its position + 1, so a shifted row is visible at once.
const row = (i: number) => `${LABELS[i]} ${i + 1} 0 0 0 0 0 ${i + 1}`;
const report = (rows: string[]) =>
	parseText(
		[
			'某县人民政府2022年政府信息公开工作年度报告',
			'三、收到和处理政府信息公开申请情况',
			...rows
		].join('\n'),
		'txt'
	);
const natural = (r: ReturnType<typeof report>, id: string) =>
	r.report!.values[`t3_${id}__natural_person` as never];
const rules = (r: ReturnType<typeof report>) => r.issues.map((i) => i.rule);
const all = LABELS.map((_, i) => row(i));

describe('table-3 rows: label first, order second', () => {
	it('rows out of form order keep their cells', () => {
		const r = report([all[1]!, all[0]!, ...all.slice(2, 10), all[11]!, all[10]!, ...all.slice(12)]);
		expect(natural(r, 'new_received')).toBe(1);
		expect(natural(r, 'carried_over_in')).toBe(2);
		expect(natural(r, 'res_withheld_enforcement_file')).toBe(11);
		expect(natural(r, 'res_withheld_admin_query')).toBe(12);
		expect(natural(r, 'carried_forward')).toBe(25);
		expect(r.coverage!.t3.read).toBe(r.coverage!.t3.printed);
	});

	it('a duplicated row is read once and reported, later rows stay in place', () => {
		const r = report([...all.slice(0, 5), all[4]!.replace(' 5 ', ' 9 '), ...all.slice(5)]);
		expect(natural(r, 'res_withheld_state_secret')).toBe(5);
		expect(natural(r, 'res_withheld_law_prohibited')).toBe(6);
		expect(natural(r, 'carried_forward')).toBe(25);
		expect(rules(r)).toContain('parse.row_duplicate');
	});

	it('an extra unknown row does not shift the rows after it', () => {
		const r = report([...all.slice(0, 5), '其中：依申请公开 7 0 0 0 0 0 7', ...all.slice(5)]);
		expect(natural(r, 'res_withheld_law_prohibited')).toBe(6);
		expect(natural(r, 'carried_forward')).toBe(25);
		expect(rules(r)).toContain('parse.row_extra');
	});

	it('a number row split over two rows is joined', () => {
		const r = report([...all.slice(0, 3), '（二）部分公开 4 0 0', '0 0 0 4', ...all.slice(4)]);
		expect(r.report!.values.t3_res_partial__total).toBe(4);
		expect(r.coverage!.t3.read).toBe(r.coverage!.t3.printed);
	});

	it('labels detached from numbers: matched by order and the identities, and said so', () => {
		const values = LABELS.map((_, i) => `${i + 1} 0 0 0 0 0 ${i + 1}`);
		const r = report([...LABELS, ...values]);
		expect(natural(r, 'res_withheld_state_secret')).toBe(5);
		expect(natural(r, 'carried_forward')).toBe(25);
		expect(rules(r)).toContain('parse.rows_inferred');
	});
});
