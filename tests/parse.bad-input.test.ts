import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, parseFile } from '../src/lib/parse/input';
import { FIXTURES } from './golden';

describe('bad input never throws, never hangs', () => {
	it('an empty file', async () => {
		const r = await parseFile('empty.txt', new Uint8Array());
		expect(r).toMatchObject({ ok: false, report: null });
		expect(r.issues[0]!.message).toContain('文件为空');
	});

	it('a file over the size bound is refused before any work', async () => {
		const r = await parseFile('huge.txt', new Uint8Array(50 * 1024 * 1024));
		expect(r.ok).toBe(false);
		expect(r.issues[0]!.message).toMatch(/文件过大（50\.0 MB）/);
		expect(MAX_BYTES).toBeLessThan(50 * 1024 * 1024);
	});

	it('binary junk', async () => {
		let seed = 7;
		const junk = Uint8Array.from(
			{ length: 200_000 },
			() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255
		);
		const r = await parseFile('junk.bin', junk);
		expect(r.ok).toBe(false);
		expect(r.issues[0]).toMatchObject({
			message: '文件内容不是文本（可能是二进制或损坏的文件）',
			message_en: 'The file is binary or corrupt, not text.'
		});
		// Named as a PDF or a Word file, the message says that file could not be opened.
		const pdf = await parseFile('bad.pdf', junk);
		expect(pdf.issues[0]).toMatchObject({
			message: '无法打开 PDF：文件已损坏或不是 PDF',
			message_en: 'Cannot open the PDF: the file is damaged or not a PDF.'
		});
		const docx = await parseFile('bad.DOCX', junk);
		expect(docx.issues[0]!.message).toBe('无法打开 Word 文件（.docx）：文件已损坏或不是 Word 文档');
		expect(docx.issues[0]!.message_en).toMatch(/^Cannot open the Word file \(\.docx\)/);
	});

	it('a large text that is not a report finishes with a clear result', async () => {
		const text = '这是一段与年报无关的文字，包含数字 12 34 56。\n'.repeat(200_000);
		const r = await parseFile('long.txt', new TextEncoder().encode(text));
		expect(r.ok).toBe(false);
		expect(r.issues[0]).toMatchObject({
			rule: 'parse.not_report',
			message: '未识别为政府信息公开工作年度报告：未找到表二、表三、表四中的任何一张表',
			message_en: 'Not an annual report: none of tables 2–4 found.'
		});
	});

	it('a corrupt PDF and a zip that is not a Word file', async () => {
		const pdf = await parseFile('x.pdf', new TextEncoder().encode('%PDF-1.4\n garbage'));
		expect(pdf.ok).toBe(false);
		expect(pdf.issues[0]!.message).toMatch(/^无法打开 PDF：文件已损坏（.+）$/);
		const broken = await parseFile('x.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(broken.issues[0]!.message).toMatch(/^无法打开 Word 文件（\.docx）：文件已损坏（.+）$/);
		const zip = await parseFile('x.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(zip.ok).toBe(false);
		expect(zip.issues[0]!.message).toContain('不是 Word');
	});

	it('a GBK text reads the same as its UTF-8 original', async () => {
		const gbk = await parseFile(
			'g.txt',
			new Uint8Array(readFileSync(join(FIXTURES, 'quirk-gbk-hongzequ-2024.txt')))
		);
		const utf8 = await parseFile(
			'u.txt',
			new Uint8Array(readFileSync(join(FIXTURES, 'corpus-2024_huaian_hongzequ.txt')))
		);
		expect(gbk.report?.values).toEqual(utf8.report?.values);
	});

	it('a truncated report says which tables and rows are missing', async () => {
		const r = await parseFile(
			't.txt',
			new Uint8Array(readFileSync(join(FIXTURES, 'bad-truncated-huaian-shi-2024.txt')))
		);
		expect(r.ok).toBe(true);
		const messages = r.issues.map((i) => i.message).join('\n');
		expect(messages).toContain('未找到表四');
		expect(messages).toContain('表三缺少 10 行');
		expect(r.report?.cells.t3_res_total__total?.state).toBe('missing');
	});
});

describe('command line', () => {
	const cli = (...args: string[]) =>
		execFileSync('npx', ['tsx', 'scripts/parse.ts', ...args], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});

	it('prints one JSON element per input, in order, and exits 0 whatever the reports say', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogi-cli-'));
		writeFileSync(join(dir, 'empty.txt'), '');
		const out = JSON.parse(
			cli(
				'--json',
				join(FIXTURES, 'seed-langxian-2021.txt'),
				join(dir, 'empty.txt'),
				join(FIXTURES, 'corpus-2023_huaian_hongzequ.pdf'),
				join(dir, 'missing.pdf')
			)
		);
		expect(out.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, true, false]);
		expect(out[0]).toMatchObject({
			file: join(FIXTURES, 'seed-langxian-2021.txt'),
			report: {
				organ_name: '朗县人民政府',
				year: 2021,
				format_version: '2021',
				region_code: '540426'
			}
		});
		expect(out[0].report.values.t2_license_decisions).toBe(11221);
		expect(out[0].report.cells.t2_license_decisions).toEqual({ state: 'number', raw: '11221' });
		expect(out[1]).toMatchObject({ ok: false, report: null });
		// The CLI keeps both languages in its one message, as its contract always printed them.
		expect(out[1].issues).toEqual([
			{
				rule: 'parse.unreadable',
				level: 'error',
				path: '',
				message: '文件为空（The file is empty.）'
			}
		]);
		expect(out[2].issues.map((i: { rule: string }) => i.rule)).toContain('t4.review_sum');
	}, 60_000);

	it('on worker threads (--jobs 2, many files) gives the answers of one thread, in order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogi-jobs-'));
		const sources = [
			'seed-langxian-2021.txt',
			'printed-2024_huaian_hongzequ.pdf',
			'quirk-markdown-2021.md'
		];
		const files = Array.from({ length: 18 }, (_, i) => {
			const file = join(dir, `${String(i).padStart(2, '0')}-${sources[i % 3]}`);
			copyFileSync(join(FIXTURES, sources[i % 3]!), file);
			return file;
		});
		files.push(join(dir, '99-empty.txt'));
		writeFileSync(files[18]!, '');
		const out = JSON.parse(cli('--json', '--jobs', '2', dir));
		expect(out.map((r: { file: string }) => r.file)).toEqual(files);
		for (const [i, file] of files.entries()) {
			const alone = await parseFile(file, new Uint8Array(readFileSync(file)));
			expect(out[i].ok).toBe(alone.ok);
			expect(out[i].report?.values).toEqual(alone.report?.values);
		}
	}, 120_000);

	it('prints a spreadsheet with --csv', () => {
		const out = cli('--csv', join(FIXTURES, 'corpus-2024_huaian_shi.txt'));
		const [header, row] = out
			.replace(/^\ufeff/, '')
			.trim()
			.split('\n');
		const cols = header!.split(',');
		const cells = row!.split(',');
		expect(cells[cols.indexOf('t3_new_received__total')]).toBe('3119');
		expect(cells[cols.indexOf('organ_name')]).toBe('淮安市人民政府');
	}, 60_000);
});
