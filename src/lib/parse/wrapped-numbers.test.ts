import { describe, expect, it } from 'vitest';
import { gridFromWordLines, wordLines } from './pdf-lines';
import { glyphs } from './test-glyphs';
import { horizontalRules, type Rule } from './ruling-lines';
import { joinWrappedNumbers } from './wrapped-numbers';

/** Page y upwards (as items), document y downwards: rules given in page y. */
const ruled = (ys: number[], x0 = 0, x1 = 400): Rule[] => ys.map((y) => ({ x0, x1, y: 1000 - y }));

describe('numbers wrapped inside a narrow cell', () => {
	// A row between rules at y 740 and 680: label at 710, a full-width １２ wrapped as １ (720) over
	// ２ (703) in a one-digit-wide column, 3456 as 34 over 56, and a one-line 7 centred between.
	const row = [
		...glyphs('规章', 50, 710),
		...glyphs('１', 200, 720),
		...glyphs('２', 200, 703),
		...glyphs('34', 250, 720),
		...glyphs('56', 250, 703),
		...glyphs('7', 302, 711)
	];
	it('joins digit fragments stacked in one cell and puts them on the row’s middle line', () => {
		const lines = joinWrappedNumbers(wordLines(row, 1000), ruled([740, 680]));
		expect(gridFromWordLines(lines).grid).toEqual([['规章', '１２', '3456', '7']]);
	});
	it('puts a stack on the line of the row’s one-line numbers when cells are top-aligned', () => {
		const top = [
			...glyphs('规章', 50, 720),
			...glyphs('１', 200, 720),
			...glyphs('２', 200, 703),
			...glyphs('３', 200, 686),
			...glyphs('7', 302, 720)
		];
		const lines = joinWrappedNumbers(wordLines(top, 1000), ruled([740, 670]));
		expect(gridFromWordLines(lines).grid).toEqual([['规章', '１２３', '7']]);
	});
	it('keeps two rows apart when a rule runs between the digits', () => {
		const lines = joinWrappedNumbers(wordLines(row, 1000), ruled([740, 712, 680]));
		expect(gridFromWordLines(lines).grid).toEqual([
			['１', '34'],
			['规章', '7'],
			['２', '56']
		]);
	});
	it('joins nothing on a page without ruling lines (borderless tables)', () => {
		const lines = wordLines(row, 1000);
		expect(joinWrappedNumbers(lines, [])).toBe(lines);
	});
	it('joins nothing below the last rule, nor digits wider below than above', () => {
		const page = [...glyphs('1', 200, 720, 5), ...glyphs('234', 198, 703, 5)];
		expect(gridFromWordLines(joinWrappedNumbers(wordLines(page, 1000), ruled([680]))).grid).toEqual(
			[['1'], ['234']]
		);
		expect(gridFromWordLines(joinWrappedNumbers(wordLines(page, 1000), ruled([740]))).grid).toEqual(
			[['1'], ['234']]
		);
	});
});

describe('ruling lines from path objects', () => {
	const line = { x0: 50, y0: 700, x1: 500, y1: 700.8, segments: 2 };
	const vertical = { x0: 50, y0: 600, x1: 50.8, y1: 700, segments: 2 };
	const row = { x0: 50, y0: 600, x1: 500, y1: 628, segments: 5 };
	it('reads thin horizontal paths as one rule and a wide rectangle as two, skips vertical ones', () => {
		expect(horizontalRules([line, vertical, row])).toEqual([
			{ x0: 50, x1: 500, y: 700.4 },
			{ x0: 50, x1: 500, y: 628 },
			{ x0: 50, x1: 500, y: 600 }
		]);
	});
	it('trusts no rule on a page where one path draws many lines at once (a grid, a seal)', () => {
		const grid = { x0: 50, y0: 100, x1: 500, y1: 200, segments: 40 };
		expect(horizontalRules([line, grid])).toEqual([]);
	});
});
