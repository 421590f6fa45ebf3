import { describe, expect, it } from 'vitest';
import { parseText } from './index';
import { cellName } from './coverage';

describe('coverage', () => {
	it('names a cell as printed: table, column, row group, row', () => {
		expect(cellName('t3_res_withheld_security_stability__natural_person')).toBe(
			'表三 · 自然人 · （三）不予公开 · 3.危及“三安全一稳定”'
		);
		expect(cellName('t4_review_upheld')).toBe('表四 · 行政复议 · 结果维持');
	});

	it('a report with an unreadable row is recognised, partial, and says which cells were not read', () => {
		const text = [
			'某县人民政府2022年政府信息公开工作年度报告',
			'三、收到和处理政府信息公开申请情况',
			'一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5',
			'二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1',
			'（一）予以公开 3 0 0 0 0 0',
			'四、政府信息公开行政复议、行政诉讼情况',
			'0 0 0 0 0 0 0 0 0 0 0 0 0 0 0'
		].join('\n');
		const r = parseText(text, 'txt');
		expect(r.ok).toBe(true);
		expect(r.coverage!.t3).toEqual({ read: 14, printed: 175 });
		expect(r.coverage!.t4).toEqual({ read: 15, printed: 15 });
		expect(r.coverage!.t2.read).toBe(0);
		const t3 = r.issues.find((i) => i.rule === 'parse.coverage' && i.path === '表三')!;
		expect(t3.level).toBe('error');
		expect(t3.message).toContain('表三只读出 14/175 个单元格');
		expect(t3.message).toContain('「表三 · 三、本年度办理结果 · （一）予以公开」整行');
		expect(r.report!.cells.t3_res_disclosed__total?.state).toBe('missing');
		expect(r.issues.some((i) => i.rule === 'parse.coverage' && i.path === '表二')).toBe(true);
		expect(r.issues.some((i) => i.rule === 'parse.coverage' && i.path === '表四')).toBe(false);
	});
});
