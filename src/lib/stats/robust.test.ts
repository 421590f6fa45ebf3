import { describe, expect, it } from 'vitest';
import { mad, median, robustOutliers } from './robust';

describe('robust statistics', () => {
	it('median and MAD', () => {
		expect(median([])).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(mad([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 4);
	});
	it('flags values far from the peer median in MAD units', () => {
		const { z } = robustOutliers([10, 11, 9, 10, 12, 10, 80]);
		expect(z.map((v) => v !== null && Math.abs(v) > 3.5)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false,
			true
		]);
	});
	it('flags nothing when there is no spread', () => {
		expect(robustOutliers([0, 0, 0, 5]).z).toEqual([null, null, null, null]);
	});
});
