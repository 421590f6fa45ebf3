import { describe, expect, it } from 'vitest';
import { corpusReport } from '$lib/checks/test-fixtures';
import { assembleTexts, TEXT_COLUMNS } from './texts';

const item = (file: string, id: string, series: string, year: number) => ({
	report_id: id,
	series,
	year,
	...corpusReport(file)
});

const ITEMS = [
	item('corpus-2023_huaian_hongzequ.txt', '320813-2023-gov', '320813|gov', 2023),
	item('corpus-2024_huaian_hongzequ.txt', '320813-2024-gov', '320813|gov', 2024),
	item('corpus-2024_huaian_shi.txt', '320800-2024-region_aggregate', '320800|agg', 2024)
];

describe('assembleTexts', () => {
	it('keeps six sections per report with copy shares, in the declared columns', () => {
		const { rows } = assembleTexts(ITEMS);
		expect(rows).toHaveLength(18);
		expect(Object.keys(rows[0]!)).toEqual(TEXT_COLUMNS.map((c) => c.id));
		const one = rows.find((r) => r.report_id === '320813-2024-gov' && r.section === 1)!;
		expect(one.prev_report_id).toBe('320813-2023-gov');
		expect(one.prev_share).toBeCloseTo(0.502, 3);
		expect(one.peer_report_id).toBe('320800-2024-region_aggregate');
		// Tables and short sections are kept as text but not measured.
		expect(
			rows.find((r) => r.report_id === '320813-2024-gov' && r.section === 6)!.prev_share
		).toBeNull();
	});

	it('lists the findings of the real reports; the threshold is configurable', () => {
		const rules = (threshold?: number) =>
			Object.fromEntries(
				[...assembleTexts(ITEMS, threshold).issues].map(([id, issues]) => [
					id,
					issues.map((i) => `${i.rule} ${i.path}`)
				])
			);
		expect(rules()).toEqual({
			'320813-2023-gov': [],
			'320813-2024-gov': ['copy.previous_year 第一部分'],
			'320800-2024-region_aggregate': ['text.fees 第六部分']
		});
		expect(rules(0.4)['320813-2024-gov']).toEqual([
			'copy.previous_year 第一部分',
			'copy.previous_year 第五部分'
		]);
	});

	it('a report without text gives no rows and no findings', () => {
		const { rows, issues } = assembleTexts([{ ...ITEMS[0]!, text: '' }]);
		expect(rows).toEqual([]);
		expect(issues.size).toBe(0);
	});
});
