import { describe, expect, it } from 'vitest';
import { parseCell } from './numbers';
import { ReportBuilder } from './report-builder';
import type { Run } from './runs';
import { readTable4 } from './table4';

const run = (raws: string[]): Run => ({ label: '', cells: raws.map((r) => parseCell(r)!), row: 0 });
const FIFTEEN = [
	'72',
	'64',
	'1',
	'37',
	'174',
	'13',
	'4',
	'8',
	'1',
	'26',
	'12',
	'0',
	'1',
	'6',
	'19'
];

describe('table 4', () => {
	it('reads its one row of 15 cells, leaving out marks printed above the first number', () => {
		const b = new ReportBuilder();
		expect(readTable4(b, [run(['×', '×', '/']), run(FIFTEEN)])).toBe(true);
		expect(b.values.t4_review_upheld).toBe(72);
		expect(b.values.t4_lit_after_review_total).toBe(19);
	});

	it('reads nothing, and says so, when more than 15 values cannot be placed in columns', () => {
		const b = new ReportBuilder();
		expect(readTable4(b, [run(FIFTEEN), run(['5', '7'])])).toBe(false);
		expect(b.values).toEqual({});
		expect(b.issues.map((i) => [i.rule, i.level])).toEqual([['parse.row_cells', 'error']]);
		expect(b.issues[0]!.message).toContain('多于 15 个');
	});
});
