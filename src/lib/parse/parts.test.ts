import { describe, expect, it } from 'vitest';
import { gridFromCellLines, gridFromMarkdown, gridFromPlainText } from './grid';
import { gridFromHtml } from './html';
import { findOrganAndYear, findRegionCode } from './meta';
import { linesFromItems } from './pdf-lines';
import { toRuns } from './runs';

describe('grids', () => {
	it('reads Word cell lines: tab-indented cells, blank line between rows, tab-only empty cells', () => {
		expect(gridFromCellLines('标题\n\t规章\n\t0\n\t\n\n\t行政规范性文件\n\t1\n')).toEqual([
			['标题'],
			['规章', '0', ''],
			['行政规范性文件', '1']
		]);
	});
	it('reads plain text lines and drops page numbers', () => {
		expect(gridFromPlainText('规章 0 0 0\n- 3 -\n行政许可\u30009487')).toEqual([
			['规章', '0', '0', '0'],
			['行政许可', '9487']
		]);
	});
	it('reads Markdown pipe tables and skips the separator row', () => {
		expect(gridFromMarkdown('| a | 1 |\n|---|---|\n| **b** | |')).toEqual([
			['a', '1'],
			['b', '']
		]);
	});
	it('reads HTML cells once, however they are merged', () => {
		const html =
			'<p>二、主动</p><table><tr><td rowspan="2">A</td><td colspan="2">1</td></tr><tr><td>&nbsp;2</td></tr></table>';
		expect(gridFromHtml(html)).toEqual([['二、主动'], ['A', '1'], ['2']]);
	});
});

describe('runs', () => {
	it('gathers label text until the values that follow it, across rows', () => {
		const runs = toRuns([
			['（六）其他处理'],
			['1、申请人无正当理由逾期不补'],
			['正'],
			['67', '3', '0']
		]);
		expect(runs).toEqual([
			{
				label: '(六)其他处理1.申请人无正当理由逾期不补正',
				row: 3,
				cells: [
					{ state: 'number', value: 67, raw: '67' },
					{ state: 'number', value: 3, raw: '3' },
					{ state: 'number', value: 0, raw: '0' }
				]
			}
		]);
	});
	it('ignores blank cells before a label (merged columns) but keeps blanks after it', () => {
		const [run] = toRuns([['', '规章', '', '0']]);
		expect(run!.cells.map((c) => c.state)).toEqual(['blank', 'number']);
	});
});

describe('PDF lines', () => {
	it('joins items on one baseline in reading order, splitting cells at gaps', () => {
		const item = (str: string, x: number, y: number, width: number) => ({
			str,
			x,
			y,
			width,
			height: 10
		});
		expect(
			linesFromItems([
				item('21', 319, 347, 14),
				item('一、本年新收', 78, 348, 60),
				item('1.', 181, 300, 8),
				item('属于国家秘密', 188, 300, 54),
				item('0', 352, 347, 7)
			])
		).toEqual(['一、本年新收 21 0', '1.属于国家秘密']);
	});
});

describe('report metadata', () => {
	it('finds the body and year in a title or an opening sentence', () => {
		expect(findOrganAndYear('- 1 -\n洪泽区人民政府\n2023 年政府信息公开工作年度报告')).toEqual({
			organ: '洪泽区人民政府',
			year: 2023
		});
		expect(findOrganAndYear('要求，现公布朗县人民政府2021年政府信息公开工作年度报告。')).toEqual({
			organ: '朗县人民政府',
			year: 2021
		});
		expect(findOrganAndYear('会议通知')).toEqual({ organ: null, year: null });
	});
	it('resolves a region only when the name is unambiguous or its parent is named', () => {
		const regions = [
			{ code: '110000', name: '北京市', parent_code: null },
			{ code: '110105', name: '朝阳区', parent_code: '110000' },
			{ code: '220100', name: '长春市', parent_code: '220000' },
			{ code: '220104', name: '朝阳区', parent_code: '220100' },
			{ code: '540426', name: '朗县', parent_code: '540400' }
		];
		expect(findRegionCode('朗县人民政府', '', regions)).toBe('540426');
		expect(findRegionCode('朝阳区人民政府', '长春市朝阳区', regions)).toBe('220104');
		expect(findRegionCode('朝阳区人民政府', '', regions)).toBeNull();
		expect(findRegionCode('朗县发展和改革委员会', '', regions)).toBeNull();
	});
});
