import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../../scripts/data/divisions';
import { loadTownships } from '../../../scripts/data/scale';
import { DEFAULT_SCALE, scaleOf } from './bodies';
import { datasetBatches } from './national';

const regions = loadRegions();
const townships = loadTownships(regions);
// 洪泽区 (county), 淮安市 (its prefecture), 江苏省 (its province).
const sample = regions.filter((r) => ['320813', '320800', '320000'].includes(r.code));
// Few departments keep the test quick; their count per level is what is checked.
const SMALL = { county: 2, prefecture: 3, province: 4, townships: true };
const build = () =>
	[...datasetBatches(sample, [], { seed: 7, bodies: SMALL, townships })].flatMap((b) => b.reports);

describe('the national-scale bodies', () => {
	it('plans ≈1M reports: departments of every government level and every township', () => {
		const level = (l: string) => regions.filter((r) => r.level === l).length;
		const departments =
			level('county') * DEFAULT_SCALE.county +
			level('prefecture') * DEFAULT_SCALE.prefecture +
			level('province') * DEFAULT_SCALE.province;
		const towns = [...townships.values()].reduce((n, list) => n + list.length, 0);
		expect(towns).toBeGreaterThan(38_000);
		const reports = (regions.length + departments + towns) * 7;
		expect(reports).toBeGreaterThan(950_000);
		expect(reports).toBeLessThan(1_050_000);
		expect(scaleOf(25)).toMatchObject({ county: 25, prefecture: 30, province: 40 });
	});

	it('marks each report with its body level and body, under its government, deterministically', () => {
		const reports = build();
		const of = (level: string) =>
			reports.filter((r) => (r.meta.body_level ?? 'government') === level);
		expect(of('government').map((r) => r.meta.report_id)).toContain('320813-2025-gov');
		const depts = of('department');
		expect(depts).toHaveLength((2 + 3 + 4) * 7);
		expect(
			depts.every((r) => r.meta.scope === 'organ' && r.meta.body_id?.includes('-organ-'))
		).toBe(true);
		const towns = of('township');
		expect(towns.length).toBe((townships.get('320813')?.length ?? 0) * 7);
		expect(towns[0]!.row).toMatchObject({ region_code: '320813', scope: 'government_itself' });
		expect(towns[0]!.meta.body_id).toMatch(/^320813\d{3}$/);
		expect(reports.every((r) => r.meta.data_origin === 'synthetic')).toBe(true);
		expect(new Set(reports.map((r) => r.meta.report_id)).size).toBe(reports.length);
		const again = build();
		expect(again.map((r) => r.row)).toEqual(reports.map((r) => r.row));
	});
});
