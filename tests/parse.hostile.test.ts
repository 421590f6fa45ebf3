import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/lib/parse/input';
import { FIXTURES } from './golden';
import { toCsv } from '../scripts/parse-files';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parseString = (name: string, text: string) => parseFile(name, new TextEncoder().encode(text));
const rules = (r: { issues: { rule: string }[] }) => r.issues.map((i) => i.rule);

/** A minimal PDF: `pages` pages, the last one carrying `text` (ASCII) in Helvetica. */
function pdfWithPages(pages: number, text: string): Uint8Array {
	const objects: string[] = [];
	const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
	objects.push('<< /Type /Catalog /Pages 2 0 R >>');
	objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
	objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
	for (let i = 0; i < pages; i++) {
		const content = i === pages - 1 ? `BT /F1 12 Tf 72 700 Td (${text}) Tj ET` : '';
		objects.push(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`
		);
		objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
	}
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(out);
}

describe('hostile and odd input', () => {
	it('a .docx that expands to hundreds of MB is refused before it is read', async () => {
		const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/zip-bomb.docx'));
		expect(bytes.length).toBeLessThan(300_000);
		const r = await parseFile('zip-bomb.docx', bytes);
		expect(r).toMatchObject({ ok: false, report: null });
		expect(r.issues[0]!.message).toContain('压缩炸弹');
	});

	it('two reports in one file: the first is read and the file says there are two', async () => {
		const one = fixture('corpus-2024_huaian_shi.txt');
		const r = await parseString('two.txt', one + '\n' + fixture('corpus-2024_huaian_hongzequ.txt'));
		expect(r.ok).toBe(true);
		expect(r.report?.organ_name).toBe('淮安市人民政府');
		expect(r.report?.values.t3_new_received__total).toBe(3119);
		const issue = r.issues.find((i) => i.rule === 'parse.multiple_reports');
		expect(issue?.message).toContain('2 份年度报告');
		expect(rules(await parseString('one.txt', one))).not.toContain('parse.multiple_reports');
	});

	it.each(['1.5e3', '1,2', '100万', '约100'])(
		'a table-2 value that is not a number (%s) is an error, never a silent null',
		async (bad) => {
			const text = fixture('corpus-2024_huaian_shi.txt').replace(/(行政许可\s+)\d+/, `$1${bad}`);
			expect(text).toContain(bad);
			const r = await parseString('bad-value.txt', text);
			expect(r.ok).toBe(true);
			expect(r.report?.cells.t2_license_decisions?.state).toBe('missing');
			const issue = r.issues.find((i) => i.rule === 'parse.unreadable_value');
			expect(issue).toMatchObject({ level: 'error', path: '表二' });
			expect(issue!.message).toContain(`「${bad}」无法读作数字`);
			expect(r.issues.find((i) => i.rule === 'parse.coverage')?.message).toContain('行政许可');
		}
	);

	it('a few invalid UTF-8 bytes: still read as UTF-8, and said so', async () => {
		const good = new TextEncoder().encode(fixture('corpus-2024_huaian_shi.txt'));
		const bytes = new Uint8Array(good.length + 2);
		const at = good.indexOf(10, 200) + 1;
		bytes.set(good.subarray(0, at));
		bytes.set([0xff, 0xfe], at);
		bytes.set(good.subarray(at), at + 2);
		const r = await parseFile('bad-bytes.txt', bytes);
		expect(r.ok).toBe(true);
		expect(r.report?.values.t3_new_received__total).toBe(3119);
		expect(r.issues.find((i) => i.rule === 'parse.encoding')?.message).toContain('2 处字节无效');
	});

	it('a GBK file is still read as GBK', async () => {
		const r = await parseFile(
			'gbk.txt',
			new Uint8Array(readFileSync(join(FIXTURES, 'quirk-gbk-hongzequ-2024.txt')))
		);
		expect(r.ok).toBe(true);
		expect(rules(r)).not.toContain('parse.encoding');
	});

	it('a PDF longer than the page cap says that pages were not read', async () => {
		const r = await parseFile('long.pdf', pdfWithPages(85, 'Table 3'));
		expect(r.ok).toBe(false);
		const cap = r.issues.find((i) => i.rule === 'parse.page_cap');
		expect(cap?.message).toContain('PDF 共 85 页，只读取了前 80 页');
	});

	it('tables in another order than 二/三/四 are all found', async () => {
		const text = fixture('corpus-2024_huaian_shi.txt');
		const t2 = text.indexOf('二、主动公开政府信息情况');
		const t3 = text.indexOf('三、收到和处理政府信息公开申请情况');
		const t4 = text.indexOf('四、政府信息公开行政复议');
		const end = text.indexOf('五、存在的主要问题');
		expect(Math.min(t2, t3, t4, end)).toBeGreaterThan(0);
		const reordered =
			text.slice(0, t2) +
			text.slice(t4, end) +
			text.slice(t3, t4) +
			text.slice(t2, t3) +
			text.slice(end);
		const r = await parseString('reordered.txt', reordered);
		expect(r.coverage).toEqual({
			t2: { read: 10, printed: 10 },
			t3: { read: 175, printed: 175 },
			t4: { read: 15, printed: 15 }
		});
	});
});

describe('command line, hostile arguments', () => {
	const cli = (...args: string[]) =>
		execFileSync('npx', ['tsx', 'scripts/parse.ts', ...args], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			timeout: 300_000
		});

	it('a directory, a named pipe and a device each get an answer; the good file keeps its own', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogi-hostile-'));
		const fifo = join(dir, 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		const out = JSON.parse(
			cli(
				'--json',
				fifo,
				'/dev/zero',
				join(FIXTURES, 'seed-langxian-2021.txt'),
				'tests/fixtures/hostile/zip-bomb.docx'
			)
		);
		expect(out).toHaveLength(4);
		expect(out.map((r: { ok: boolean }) => r.ok)).toEqual([false, false, true, false]);
		expect(out[0].issues[0].message).toContain('不是普通文件');
		expect(out[2].report.values.t2_license_decisions).toBe(11221);
	});

	it('a directory argument parses the reports in it, one element per file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogi-dir-'));
		writeFileSync(join(dir, 'a.txt'), fixture('seed-langxian-2021.txt'));
		writeFileSync(join(dir, 'b.txt'), '');
		writeFileSync(join(dir, 'notes.json'), '{}');
		const out = JSON.parse(cli('--json', dir));
		expect(out.map((r: { file: string; ok: boolean }) => [r.file, r.ok])).toEqual([
			[join(dir, 'a.txt'), true],
			[join(dir, 'b.txt'), false]
		]);
	});

	it('--csv escapes text cells that a spreadsheet would run as a formula, not numbers', () => {
		const names = ['=1+1.txt', '+cmd.txt', '-2.txt', '@SUM.txt', 'ok.txt'];
		const results = names.map((file) => ({
			file,
			ok: true,
			issues: [],
			report: {
				organ_name: file,
				year: 2020,
				format_version: '2019' as const,
				region_code: null,
				values: { t2_license_items_change: -4 },
				cells: {}
			}
		}));
		const [header, ...rows] = toCsv(results)
			.replace(/^\ufeff/, '')
			.trim()
			.split('\n');
		const cols = header!.split(',');
		const cells = rows.map((r) => r.split(',').map((c) => c.replace(/^"|"$/g, '')));
		expect(cells.map((c) => c[0])).toEqual([
			"'=1+1.txt",
			"'+cmd.txt",
			"'-2.txt",
			"'@SUM.txt",
			'ok.txt'
		]);
		expect(cells.map((c) => c[cols.indexOf('organ_name')])[0]).toBe("'=1+1.txt");
		expect(cells[0]![cols.indexOf('t2_license_items_change')]).toBe('-4');
	});
});
