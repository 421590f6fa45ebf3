import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatValue } from './format';

describe('number formatting', () => {
	it('uses 万 and 亿 in Chinese, grouped digits in English, a dash for no value', () => {
		expect(formatNumber(9999)).toBe('9999');
		expect(formatNumber(12345)).toBe('1.23万');
		expect(formatNumber(3985758)).toBe('398.58万');
		expect(formatNumber(258.5e8)).toBe('258.5亿');
		expect(formatNumber(12345, 'en')).toBe('12,345');
		expect(formatNumber(null)).toBe('—');
		expect(formatNumber(Number.NaN)).toBe('—');
	});
	it('formats rates and money', () => {
		expect(formatPercent(0.3061)).toBe('30.6%');
		expect(formatValue(0.5, '%')).toBe('50.0%');
		expect(formatValue(7730.28, '万元')).toBe('7730.28');
	});
});
