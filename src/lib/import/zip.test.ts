import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { unzipBounded } from './zip';

const limits = {
	maxEntry: 1024 * 1024,
	maxTotal: 3 * 1024 * 1024,
	accept: (n: string) => /\.(txt|pdf)$/.test(n)
};

describe('unzipBounded', () => {
	it('reads report files from folders in the archive and skips others', () => {
		const zip = zipSync({ 'a/r1.txt': strToU8('年度报告'), 'b.exe': strToU8('x'), 'c/': {} });
		const out = unzipBounded(zip, limits);
		expect(out.entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)])).toEqual([
			['a/r1.txt', '年度报告']
		]);
		expect(out.problems).toEqual([{ name: 'b.exe', message: expect.stringContaining('跳过') }]);
	});

	it('stops a zip bomb at the bounds, whatever it decompresses to', () => {
		const zeros = new Uint8Array(2 * 1024 * 1024);
		const zip = zipSync(
			{ 'big.txt': zeros, 'ok.txt': strToU8('ok'), 'z1.txt': zeros.subarray(0, 900_000) },
			{ level: 9 }
		);
		expect(zip.length).toBeLessThan(20_000);
		const out = unzipBounded(zip, limits);
		expect(out.entries.map((e) => e.name)).toEqual(['ok.txt', 'z1.txt']);
		expect(out.problems[0]).toMatchObject({
			name: 'big.txt',
			message: expect.stringContaining('压缩炸弹')
		});
	});

	it('reports a truncated or corrupt archive and keeps what came before the damage', () => {
		let text = '';
		for (let i = 0; i < 3000; i++) text += String((i * 7919) % 1000);
		const zip = zipSync({ 'a.txt': strToU8('a'.repeat(100)), 'b.txt': strToU8(text) });
		const out = unzipBounded(zip.slice(0, 300), limits);
		expect(out.entries.map((e) => e.name)).toEqual(['a.txt']);
		expect(out.problems).toContainEqual({
			name: 'b.txt',
			message: expect.stringContaining('不完整')
		});
		expect(out.problems).toContainEqual({ name: '', message: expect.stringContaining('截断') });
		expect(out.invalid).toBeNull();
		const garbage = unzipBounded(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), limits);
		expect(garbage.entries).toEqual([]);
		expect(garbage.invalid).toContain('不是有效的 zip 压缩包');
	});

	it('calls random bytes no zip, instead of an empty archive', () => {
		let seed = 7;
		const random = Uint8Array.from({ length: 50_000 }, () => {
			seed = (seed * 1103515245 + 12345) >>> 0;
			return seed >>> 24;
		});
		const out = unzipBounded(random, limits);
		expect(out).toEqual({
			entries: [],
			problems: [],
			invalid: '不是有效的 zip 压缩包（无法读取目录）',
			invalid_en: 'Not a valid zip archive (its directory cannot be read).'
		});
	});

	it('calls a real zip cut before its first entry ends no zip', () => {
		const zip = zipSync({ 'a.txt': strToU8('年度报告'.repeat(50)) }, { level: 0 });
		expect(unzipBounded(zip.slice(0, 60), limits).invalid).toContain('无法读取目录');
		const whole = unzipBounded(zip, limits);
		expect([whole.invalid, whole.problems, whole.entries.length]).toEqual([null, [], 1]);
	});

	it('reads an empty archive as empty, not as corrupt', () => {
		expect(unzipBounded(zipSync({}), limits)).toEqual({ entries: [], problems: [], invalid: null });
	});
});
