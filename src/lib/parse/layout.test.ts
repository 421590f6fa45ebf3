import { describe, expect, it } from 'vitest';
import { parseGrid } from './index';
import { headerColumns, placeByColumns } from './columns';
import { normaliseGlyphs } from './glyphs';
import { gridFromWordLines, withoutPageNumbers, wordLines } from './pdf-lines';
import { toPlacedRuns } from './placed-runs';
import { glyphs } from './test-glyphs';

describe('glyph normalisation', () => {
	it('maps Kangxi radicals, the radicals supplement and compatibility ideographs', () => {
		expect(normaliseGlyphs('朗县⼈⺠政府⾏政⼆⼗⽌⽆⻓')).toBe('朗县人民政府行政二十止无长');
		expect(normaliseGlyphs('\uf900')).toBe('豈');
		expect(normaliseGlyphs('普通文字 123')).toBe('普通文字 123');
	});
});

describe('PDF words', () => {
	it('merges one-glyph items into words and splits cells at wide gaps', () => {
		const lines = wordLines([...glyphs('规章', 50, 700), ...glyphs('12', 200, 700, 5)], 1000);
		expect(lines).toEqual([
			[
				{ text: '规章', x0: 50, x1: 70, y: 300, size: 10 },
				{ text: '12', x0: 200, x1: 210, y: 300, size: 5 }
			]
		]);
	});
	it('drops a page number (a lone number first or last on the page), keeps lone table values', () => {
		const page = wordLines([
			...glyphs('行政许可', 0, 500),
			...glyphs('0', 100, 490),
			...glyphs('0', 100, 480),
			...glyphs('0', 200, 480),
			...glyphs('- 3 -', 100, 40)
		]);
		expect(gridFromWordLines(withoutPageNumbers(page)).grid).toEqual([
			['行政许可'],
			['0'],
			['0', '0']
		]);
	});
});

describe('columns from header geometry', () => {
	// 自/然/人 stacked one character per line, 总/计 likewise; a spanning header over both.
	const items = [
		...glyphs('申请人情况申请人情况', 105, 800),
		...glyphs('自', 100, 780),
		...glyphs('总', 200, 780),
		...glyphs('然', 100, 770),
		...glyphs('计', 200, 770),
		...glyphs('人', 100, 760),
		...glyphs('一、本年新收', 0, 740),
		...glyphs('7', 200, 740),
		...glyphs('二、上年结转', 0, 720),
		...glyphs('3', 100, 720),
		...glyphs('3', 200, 720)
	];
	const { grid, boxes } = gridFromWordLines(wordLines(items));
	it('finds column centres from stacked header words', () => {
		expect(headerColumns(grid, boxes, 0, 4, [/自然人/, /总计$/])).toEqual([
			[100, 110],
			[200, 210]
		]);
		expect(headerColumns(grid, boxes, 0, 4, [/自然人/, /其他/, /总计$/])).toBeNull();
	});
	it('places a row with an empty cell under the right columns', () => {
		const runs = toPlacedRuns(grid, 4, grid.length, boxes);
		expect(runs.map((r) => r.label)).toEqual(['一.本年新收', '二.上年结转']);
		const placed = placeByColumns(runs[0]!.cells, runs[0]!.boxes, [
			[100, 110],
			[200, 210]
		]);
		expect(placed?.map((c) => c?.raw)).toEqual([undefined, '7']);
	});
	it('refuses to place two cells in one column', () => {
		const boxes = [
			[200, 205, 0],
			[206, 211, 0]
		] as const;
		expect(
			placeByColumns(['1', '2'], boxes, [
				[100, 110],
				[200, 210]
			])
		).toBeNull();
	});
});

describe('columns of right-aligned headers', () => {
	it('stacks header words by overlap, not by centre, and leaves spanning headers out', () => {
		const items = [
			...glyphs('法人或其他组织', 120, 800),
			...glyphs('自然', 100, 790),
			...glyphs('人', 110, 780),
			...glyphs('商业', 140, 790),
			...glyphs('企业', 140, 780),
			...glyphs('其他', 180, 790)
		];
		const { grid, boxes } = gridFromWordLines(wordLines(items));
		expect(headerColumns(grid, boxes, 0, grid.length, [/自然人/, /商业企业/, /其他$/])).toEqual([
			[100, 120],
			[140, 160],
			[180, 200]
		]);
	});
});

describe('labels wrapped around their numbers', () => {
	it('gives each label line to the nearest row of values, column by column', () => {
		const items = [
			...glyphs('4.保护第三方合法', 60, 700),
			...glyphs('0', 300, 690),
			...glyphs('权益', 60, 680),
			...glyphs('（三）不', 0, 670),
			...glyphs('5.属于三类内部事', 60, 660),
			...glyphs('予公开', 0, 650),
			...glyphs('1', 300, 650),
			...glyphs('务信息', 60, 640)
		];
		const { grid, boxes } = gridFromWordLines(wordLines(items));
		const runs = toPlacedRuns(grid, 0, grid.length, boxes);
		expect(runs.map((r) => r.label)).toEqual([
			'4.保护第三方合法权益',
			'(三)不予公开5.属于三类内部事务信息'
		]);
	});
});

describe('a table-3 row whose numbers cannot be placed', () => {
	it('stays unread (missing), not a row printed empty', () => {
		const numbers = (values: number[], y: number) =>
			values.flatMap((v, i) => glyphs(String(v), 300 + i * 40, y));
		const items = [
			...glyphs('某县人民政府2022年政府信息公开工作年度报告', 0, 900),
			...glyphs('三、收到和处理政府信息公开申请情况', 0, 860),
			...glyphs('一、本年新收政府信息公开申请数量', 0, 820),
			// Five numbers for seven columns, no readable header and no ruling lines: unplaceable.
			...numbers([5, 1, 0, 0, 6], 820),
			...glyphs('二、上年结转政府信息公开申请数量', 0, 800),
			...numbers([1, 0, 0, 0, 0, 0, 1], 800)
		];
		const { grid, boxes } = gridFromWordLines(wordLines(items, 1000));
		const result = parseGrid(grid, grid.map((r) => r.join(' ')).join('\n'), {}, boxes);
		expect(result.report?.cells.t3_new_received__total?.state).toBe('missing');
		expect(result.report?.values.t3_carried_over_in__total).toBe(1);
		expect(result.coverage!.t3.read).toBeLessThan(result.coverage!.t3.printed);
	});
});
