import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import type { RegionValueRow } from '$lib/queries/selection';
import { rankRegions } from './rank';

const row = (code: string, value: number | null, den: number | null = null): RegionValueRow => ({
	region_code: code,
	region_name: code,
	province_code: '320000',
	num: null,
	den,
	value,
	n_reports: 1,
	n_blank: 0,
	n_demo: 1,
	n_real: 0
});

describe('rankRegions', () => {
	it('does not rank a rate on a tiny denominator, and shows it apart', () => {
		const { ranked, guarded } = rankRegions(
			[row('a', 1, 2), row('b', 0.4, 50), row('c', 0.3, 40)],
			metric('disclosure_rate')!,
			20
		);
		expect(ranked.map((r) => [r.region_code, r.rank])).toEqual([
			['b', 1],
			['c', 2]
		]);
		expect(guarded.map((r) => r.region_code)).toEqual(['a']);
	});
	it('flags robust outliers among peers and skips blanks', () => {
		const rows = [10, 11, 9, 10, 12, 10, 11, 9, 95].map((v, i) => row(`r${i}`, v));
		const { ranked, median } = rankRegions(
			[...rows, row('blank', null)],
			metric('t3_new_received__total')!,
			20
		);
		expect(median).toBe(10);
		expect(ranked.filter((r) => r.outlier).map((r) => r.region_code)).toEqual(['r8']);
		expect(ranked).toHaveLength(9);
	});
	it('keeps a zero-denominator region in the unranked list (regression: dropped from both)', () => {
		const { ranked, guarded } = rankRegions(
			[row('a', null, 0), row('b', 0.4, 50)],
			metric('disclosure_rate')!,
			20
		);
		expect(ranked.map((r) => r.region_code)).toEqual(['b']);
		expect(guarded.map((r) => r.region_code)).toEqual(['a']);
	});
	it('the strip shows the median and the MAD band, and bars say when they are cut', async () => {
		const { rankView } = await import('./rank');
		const { DEFAULT_STATE } = await import('$lib/url/state');
		const rows = Array.from({ length: 70 }, (_, i) => row(`r${String(i).padStart(2, '0')}`, i + 1));
		const v = rankView(DEFAULT_STATE, rows, '全国', 'L');
		const strip = JSON.stringify(v.strip);
		expect(strip).toContain('markLine');
		expect(strip).toContain('markArea');
		expect(v.barTitle).toContain('前 60 名，共 70 个');
	});
});
