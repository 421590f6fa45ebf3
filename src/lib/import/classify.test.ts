import { describe, expect, it } from 'vitest';
import { kindOf, refusal } from './classify';

describe('refusal', () => {
	it('refuses unknown types, empty files and oversize files before reading them', () => {
		expect(kindOf('a/b/报告.PDF')).toBe('report');
		expect(kindOf('x.xlsx')).toBe('xlsx');
		expect(refusal('报告.exe', 10)).toContain('不是可导入的文件类型');
		expect(refusal('报告.txt', 0)).toBe('文件为空');
		expect(refusal('报告.pdf', 300 * 1024 * 1024)).toBe(
			'文件过大（300.0 MB），超过 20.0 MB 上限，未读取'
		);
		expect(refusal('reports.zip', 300 * 1024 * 1024)).toContain('超过 200.0 MB 上限');
		expect(refusal('报告.pdf', 1024)).toBeNull();
	});
});
