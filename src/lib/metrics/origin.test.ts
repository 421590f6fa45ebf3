import { describe, expect, it } from 'vitest';
import { comparable, originOf, yoy } from './origin';

describe('origin of a group of reports', () => {
	it('tells real, imported, synthetic and mixed groups apart', () => {
		expect(originOf({ n_reports: 3, n_demo: 3, n_real: 0 })).toBe('synthetic');
		expect(originOf({ n_reports: 2, n_demo: 0, n_real: 2 })).toBe('real');
		expect(originOf({ n_reports: 2, n_demo: 0, n_real: 0 })).toBe('imported');
		expect(originOf({ n_reports: 3, n_demo: 2, n_real: 1 })).toBe('mixed');
		expect(originOf({ n_reports: 3, n_demo: 2 })).toBe('mixed');
	});
	it('computes no year-on-year change between a demo year and a real year (regression: ▲692.2 %)', () => {
		const demo = { value: 6, n_reports: 1, n_demo: 1, n_real: 0 };
		const real = { value: 550, n_reports: 1, n_demo: 0, n_real: 1 };
		expect(yoy(real, demo)).toBeNull();
		expect(yoy({ ...real, value: 9487 }, real)).toBeCloseTo(9487 / 550 - 1);
		expect(yoy({ ...demo, value: 9 }, demo)).toBeCloseTo(0.5);
	});
	it('compares mixed groups only when their make-up is the same', () => {
		const a = { n_reports: 10, n_demo: 9, n_real: 1 };
		expect(comparable(a, { ...a })).toBe(true);
		expect(comparable(a, { n_reports: 10, n_demo: 8, n_real: 2 })).toBe(false);
		expect(comparable(a, undefined)).toBe(false);
	});
});
