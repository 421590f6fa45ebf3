import { describe, expect, it } from 'vitest';
import { signatureDate } from './signature-date';
import { corpusReport } from './test-fixtures';

describe('signatureDate', () => {
	it('reads the signature line in digits or Chinese numerals', () => {
		expect(
			signatureDate('……\n六、其他需要报告的事项\n无。\n某县人民政府办公室\n2025年1月20日', 2024)
		).toBe('2025-01-20');
		expect(signatureDate('正文\n某市人民政府\n二〇二五年三月二十八日\n', 2024)).toBe('2025-03-28');
		expect(signatureDate('正文\n某市人民政府\n2025 年 2 月 5 日', 2024)).toBe('2025-02-05');
	});
	it('never takes the statistics period, an impossible date or a date far from the year', () => {
		expect(signatureDate('统计期限自2024年1月1日起至2024年12月31日止。', 2024)).toBeNull();
		expect(signatureDate('某县人民政府\n2025年2月30日', 2024)).toBeNull();
		expect(signatureDate('某县人民政府\n2031年2月3日', 2024)).toBeNull();
	});
	it('the corpus reports have no signature date (their pages were not kept): unknown', () => {
		for (const f of [
			'corpus-2024_huaian_shi.txt',
			'corpus-2024_huaian_hongzequ.txt',
			'seed-langxian-2021.txt'
		]) {
			const { text, report } = corpusReport(f);
			expect(signatureDate(text, report.year ?? 0), f).toBeNull();
		}
	});
});
