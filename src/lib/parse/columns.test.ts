import { describe, expect, it } from 'vitest';
import { placeByColumns, ruledColumns } from './columns';
import { verticalRules, type VerticalRule } from './ruling-lines';

/** A table's vertical borders drawn per row (as browsers print them), rows 30 high from y 100. */
function grid(xs: number[], rows: number): VerticalRule[] {
	return Array.from({ length: rows }, (_, r) =>
		xs.map((x) => ({ x: x + (r % 2) * 0.4, top: 100 + r * 30, bottom: 130 + r * 30 }))
	).flat();
}

describe('columns from vertical ruling lines', () => {
	// A label column 40–200, then three value columns.
	const rules = grid([40, 200, 260, 320, 380], 4);
	const baselines = [125, 155, 185, 215];

	it('gives the right-most n cells between the lines that cross the value rows', () => {
		const columns = ruledColumns(rules, baselines, 3)!;
		expect(columns.map(([a, b]) => [Math.round(a), Math.round(b)])).toEqual([
			[200, 260],
			[260, 320],
			[320, 380]
		]);
		// A row printed with its middle cell empty keeps its numbers in their columns.
		const boxes = [
			[205, 215, 125],
			[365, 375, 125]
		] as const;
		expect(placeByColumns(['1', '9'], [...boxes], columns)).toEqual(['1', undefined, '9']);
	});

	it('ignores lines that cross only a header row above the values', () => {
		const header = [{ x: 290, top: 40, bottom: 99 }];
		expect(ruledColumns([...rules, ...header], baselines, 3)).toHaveLength(3);
		expect(ruledColumns([...rules, ...header], baselines, 3)![1]![0]).toBeCloseTo(260, 0);
	});

	it('gives nothing without enough lines across the rows', () => {
		expect(ruledColumns(rules, baselines, 5)).toBeNull();
		expect(ruledColumns(rules, [500], 3)).toBeNull();
		expect(ruledColumns([], baselines, 3)).toBeNull();
	});
});

describe('vertical rules from path objects', () => {
	it('reads thin upright paths, not filled cells, nor anything on a page drawn as one grid', () => {
		const border = { x0: 99.6, y0: 500, x1: 100.4, y1: 530, segments: 5 };
		const shading = { x0: 100, y0: 500, x1: 160, y1: 530, segments: 5 };
		const line = { x0: 50, y0: 700, x1: 500, y1: 700.8, segments: 2 };
		expect(verticalRules([border, shading, line])).toEqual([{ x: 100, y0: 500, y1: 530 }]);
		const whole = { x0: 50, y0: 100, x1: 500, y1: 600, segments: 60 };
		expect(verticalRules([border, whole])).toEqual([]);
	});
});
