import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildDictionary } from '$lib/dataset/dictionary';
import { decodeTable } from './encoding';
import { mapColumns, readTable, templateRows } from './table';

const dict = buildDictionary().columns;
const csv = (rows: string[][]) => Papa.unparse(rows);
const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('decodeTable', () => {
	it('detects UTF-8 with and without BOM, and GBK from Excel', () => {
		const text = '行政区划代码,年度\n320813,2024\n';
		const utf8 = new TextEncoder().encode(text);
		expect(decodeTable(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
			text,
			encoding: 'utf-8-bom'
		});
		expect(decodeTable(utf8)).toEqual({ text, encoding: 'utf-8' });
		// 行政 in GBK: D0 D0 D5 FE
		const gbk = new Uint8Array([0xd0, 0xd0, 0xd5, 0xfe, 0x2c, 0x31]);
		expect(decodeTable(gbk)).toEqual({ text: '行政,1', encoding: 'gb18030' });
	});
});

describe('mapColumns', () => {
	it('accepts field ids and Chinese labels in any order', () => {
		const m = mapColumns(['年度', 'region_code', '统计口径', 't3_new_received__total'], dict);
		expect(m.columns).toEqual(['year', 'region_code', 'scope', 't3_new_received__total']);
		expect(m.problems).toEqual([]);
	});

	it('names unknown, repeated and missing columns', () => {
		const m = mapColumns(['region_code', 'year', '年度', '备注'], dict);
		const text = m.problems.map((p) => p.message).join('\n');
		expect(text).toContain('第 3 列“年度”与前面的列重复');
		expect(text).toContain('第 4 列“备注”不是数据集的列');
		expect(text).toContain('缺少必需的列 scope');
	});
});

describe('readTable', () => {
	const head = [
		'region_code',
		'year',
		'scope',
		'organ_name',
		't3_new_received__total',
		't3_new_received__natural_person'
	];
	it('reads rows into reports, blanks stay blank', () => {
		const out = readTable(
			parse(csv([head, ['320813', '2024', 'government_itself', '洪泽区人民政府', '12', '']])),
			dict
		);
		expect(out.problems).toEqual([]);
		expect(out.reports[0]?.report.values).toMatchObject({
			t3_new_received__total: 12,
			t3_new_received__natural_person: null
		});
		expect(out.reports[0]?.report.cells.t3_new_received__natural_person?.state).toBe('blank');
	});

	it('rejects formulas, negative counts, text and duplicate rows with row and column, keeps the rest', () => {
		const out = readTable(
			parse(
				csv([
					head,
					['320813', '2024', 'government_itself', '=cmd()', '1', ''],
					['320813', '2023', 'government_itself', 'a', '-3', ''],
					['320813', '2022', 'government_itself', 'b', '十二', ''],
					['320813', '2021', 'government_itself', 'c', '4', ''],
					['320813', '2021', 'government_itself', 'c', '4', ''],
					['320813', '2020', 'department', 'c', '4', '']
				])
			),
			dict
		);
		expect(out.reports.map((r) => r.row)).toEqual([5]);
		const text = out.problems.map((p) => p.message);
		expect(text).toEqual([
			expect.stringContaining('第 2 行“organ_name”列：“=cmd()”是公式'),
			expect.stringContaining('第 3 行“t3_new_received__total”列：件数不能为负数'),
			expect.stringContaining('第 4 行“t3_new_received__total”列：“十二”不是数字'),
			expect.stringContaining('第 6 行“report_id”列：与第 5 行重复'),
			expect.stringContaining('第 7 行“scope”列')
		]);
	});

	it('refuses a table without the required columns', () => {
		const out = readTable(
			parse(
				csv([
					['a', 'b'],
					['1', '2']
				])
			),
			dict
		);
		expect(out.reports).toEqual([]);
		expect(out.problems.some((p) => p.message.includes('缺少必需的列 region_code'))).toBe(true);
	});

	it('reads its own template back', () => {
		for (const labels of ['id', 'zh'] as const) {
			const out = readTable(templateRows(labels, dict), dict);
			expect(out.problems).toEqual([]);
			expect(out.reports).toHaveLength(1);
		}
	});
});
