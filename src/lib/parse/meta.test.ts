import { describe, expect, it } from 'vitest';
import { parseText } from './index';
import { findMetadata } from './meta';

describe('metadata from the whole document', () => {
	it('reads a title split into glyphs and radicals', () => {
		const m = findMetadata('朗 县 ⼈ ⺠ 政 府 2021 年 政 府 信 息 公 开 ⼯ 作 年度 报 告');
		expect(m).toMatchObject({ organ: '朗县人民政府', year: 2021 });
	});
	it('reads a title with the year first', () => {
		expect(findMetadata('2024年度淮安市人民政府政府信息公开工作年度报告\n正文')).toMatchObject({
			organ: '淮安市人民政府',
			year: 2024,
			yearFrom: 'title'
		});
	});
	it('takes the year from the statistics period when the title has none', () => {
		const m = findMetadata(
			'政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
		);
		expect(m).toMatchObject({ year: 2023, yearFrom: 'period' });
	});
	it('takes body and year from the signature when there is no title', () => {
		const m = findMetadata('一、总体情况\n……\n\n某某县交通运输局\n2025年1月20日\n');
		expect(m).toMatchObject({ organ: '某某县交通运输局', year: 2024, yearFrom: 'signature' });
	});
	it('falls back to the file name, and reports years that disagree', () => {
		expect(findMetadata('年度报告', 'reports/2022-report.txt')).toMatchObject({
			year: 2022,
			yearFrom: 'file_name'
		});
		const m = findMetadata(
			'某县人民政府2024年政府信息公开工作年度报告\n统计期限自2023年1月1日起至2023年12月31日止'
		);
		expect(m).toMatchObject({ year: 2024, otherYears: [{ year: 2023, from: 'period' }] });
	});
});

describe('format', () => {
	const report = (t2: string) =>
		parseText(
			[
				'某县人民政府2024年政府信息公开工作年度报告',
				'二、主动公开政府信息情况',
				t2,
				'三、收到和处理政府信息公开申请情况',
				'一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5'
			].join('\n'),
			'txt'
		);
	it('a 2024 report whose table-2 headers are garbled is not called 2019-format', () => {
		const r = report('信息内容 本年XX件数 ��\n规章 0 0 0');
		expect(r.report?.format_version).toBe('2021');
		expect(r.issues.map((i) => i.rule)).toContain('parse.format_guess');
	});
	it('printed 2019 headers win over the year', () => {
		expect(
			report('信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0').report
				?.format_version
		).toBe('2019');
	});
});
