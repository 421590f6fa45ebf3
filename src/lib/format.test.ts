import { describe, expect, it } from 'vitest';
import {
	formatNumber,
	formatPercent,
	formatQuantity,
	formatValue,
	plainDecimal,
	unitLabel,
	withUnit
} from './format';

describe('number formatting', () => {
	it('uses 万 and 亿 in Chinese, grouped digits and million/billion in English, a dash for no value', () => {
		expect(formatNumber(9999)).toBe('9999');
		expect(formatNumber(12345)).toBe('1.23万');
		expect(formatNumber(3985758)).toBe('398.58万');
		expect(formatNumber(258.5e8)).toBe('258.5亿');
		expect(formatNumber(12345, 'en')).toBe('12,345');
		expect(formatNumber(3985758, 'en')).toBe('3.99 million');
		expect(formatNumber(258.5e8, 'en')).toBe('25.85 billion');
		expect(formatNumber(null)).toBe('—');
		expect(formatNumber(Number.NaN)).toBe('—');
	});
	it('keeps each precision and language apart (formatters are reused between calls)', () => {
		expect(formatNumber(12.345, 'zh', 2)).toBe('12.35');
		expect(formatNumber(12.345)).toBe('12');
		expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
		expect(formatNumber(1234.5, 'zh', 1)).toBe('1234.5');
		expect(formatNumber(1234.5, 'en')).toBe('1,235');
	});
	it('formats rates and money', () => {
		expect(formatPercent(0.3061)).toBe('30.6%');
		expect(formatValue(0.5, '%')).toBe('50.0%');
		// Changed on purpose: money in 万元 is shown scaled in 元 (7730.28万元 = 7730.28万 元).
		expect(formatValue(7730.28, '万元')).toBe('7730.28万');
	});
	it('never doubles 万: fees of 23100 万元 read 2.31亿元 (regression: "2.31万 万元")', () => {
		expect(formatQuantity(23100, '万元')).toBe('2.31亿元');
		expect(formatQuantity(23100, '万元', 'en')).toBe('231 million CNY');
		expect(formatQuantity(0.5, '万元')).toBe('5000元');
	});
	it('gives every unit an English form (regression: "14,980 件" in English)', () => {
		expect(formatQuantity(14980, '件', 'en')).toBe('14,980 cases');
		expect(formatQuantity(14980, '件')).toBe('1.5万件');
		expect(formatQuantity(null, '件')).toBe('—');
		for (const u of ['件', '项', '个', '万元', '元', '份'])
			expect(unitLabel(u, 'en')).toMatch(/^[a-zA-Z ]+$/);
		expect(withUnit('Fees', '万元', 'en')).toBe('Fees (CNY)');
		expect(withUnit('收费金额', '万元')).toBe('收费金额（元）');
		expect(withUnit('公开率', '%')).toBe('公开率');
	});
});

describe('plainDecimal', () => {
	it('writes what Intl.NumberFormat zh-CN without grouping writes, for |value| < 1e4', () => {
		const values = [
			0,
			-0,
			1,
			-1,
			0.5,
			-0.5,
			1.005,
			2.675,
			12.345,
			9999.95,
			9999.4,
			0.049,
			-0.04,
			1e-7,
			-2.5e-9,
			1.5e-7,
			123.456789,
			0.1 + 0.2,
			1 / 3,
			-2 / 3,
			5e-324
		];
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let i = 0; i < 800; i++) {
			const scale = 10 ** Math.floor(random() * 12 - 8);
			values.push((random() * 2 - 1) * scale, Math.round(random() * 1e6) / 1e3 - 500);
		}
		for (const digits of [0, 1, 2, 3, 4, 8]) {
			const intl = new Intl.NumberFormat('zh-CN', {
				maximumFractionDigits: digits,
				useGrouping: false
			});
			for (const v of values.filter((x) => Math.abs(x) < 1e4))
				expect([v, digits, plainDecimal(v, digits)]).toEqual([v, digits, intl.format(v)]);
		}
	});
});
