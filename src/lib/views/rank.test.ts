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
});
