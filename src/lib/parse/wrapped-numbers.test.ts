import { describe, expect, it } from 'vitest';
import { gridFromWordLines, wordLines, type PdfItem } from './pdf-lines';
import { joinWrappedNumbers, type Rule } from './wrapped-numbers';

const glyphs = (text: string, x: number, y: number, size = 10): PdfItem[] =>
	[...text].map((str, i) => ({ str, x: x + i * size, y, width: size, height: size }));

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
	it('keeps two rows apart when a rule runs between the digits', () => {
		const lines = joinWrappedNumbers(wordLines(row, 1000), ruled([740, 712, 680]));
		expect(gridFromWordLines(lines).grid).toEqual([
			['１', '34'],
			['规章', '7'],
			['２', '56']
		]);
	});
	it('joins nothing on a page without ruling lines (pdf.js, borderless tables)', () => {
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
