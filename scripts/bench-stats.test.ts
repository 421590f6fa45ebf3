import { describe, expect, it } from 'vitest';
import { median, ms, quantile } from './bench-stats';

describe('bench statistics', () => {
	it('counts a measure that never happened as the slowest and leaves out what was not measured', () => {
		expect(median([100, Infinity, 300])).toBe(300);
		expect(quantile([100, 200, Infinity], 0.95)).toBe(Infinity);
		expect(median([NaN, 100, 200, 300])).toBe(200);
		expect(median([])).toBeNaN();
	});
	it('prints never-drawn and not-measured apart', () => {
		expect(ms(1234.4)).toBe('1234 ms');
		expect(ms(Infinity)).toBe('never');
		expect(ms(NaN)).toBe('—');
	});
});
