import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseGlyphs } from './glyphs';
import { parseFile } from './input';
import { pdfiumPages, pdfiumRuntime, usePdfiumWasm } from './pdfium';

const FIXTURES = 'tests/fixtures/reports';
const read = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));

/** pdf.js's items of page 1: the reader PDFium replaced, as the reference for positions. */
async function pdfjsItems(bytes: Uint8Array) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
	const content = await (await doc.getPage(1)).getTextContent({ disableNormalization: true });
	await doc.destroy();
	return content.items.flatMap((i) =>
		'str' in i && i.str.trim()
			? [{ str: normaliseGlyphs(i.str), x: i.transform[4], y: i.transform[5], height: i.height }]
			: []
	);
}

describe('PDFium text extraction', () => {
	afterEach(() => usePdfiumWasm());

	for (const name of ['printed-2021_langxian.pdf', 'corpus-2024_huaian_shi.pdf'])
		it(`places every glyph where pdf.js does, with its text and size: ${name}`, async () => {
			const bytes = read(name);
			const glyphs = (await pdfiumPages(bytes, 80))!.pages[0]!;
			const reference = await pdfjsItems(bytes);
			const text = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
			expect(text(glyphs.map((g) => g.str).join(''))).toBe(
				text(reference.map((r) => r.str).join(''))
			);
			for (const r of reference) {
				const at = glyphs.find((g) => Math.abs(g.x - r.x) < 0.5 && Math.abs(g.y - r.y) < 0.5);
				expect(at?.str.normalize('NFKC'), `${r.str} at ${r.x},${r.y}`).toBe(
					r.str.trim()[0]!.normalize('NFKC')
				);
				expect(at!.height).toBeCloseTo(r.height, 0);
			}
		});

	it('advances glyph by glyph: in a printed title each glyph ends where the next begins', async () => {
		const glyphs = (await pdfiumPages(read('printed-2024_huaian_shi.pdf'), 80))!.pages[0]!;
		const title = glyphs.filter((g) => g.y === glyphs[0]!.y);
		for (const [i, g] of title.slice(0, -1).entries())
			expect(g.x + g.width).toBeCloseTo(title[i + 1]!.x, 0);
	});

	it('reads only up to the page cap and says how many pages there are', async () => {
		const read3 = await pdfiumPages(read('corpus-2024_huaian_shi.pdf'), 2);
		expect(read3!.pages).toHaveLength(2);
		expect(read3!.numPages).toBe(6);
	});

	it('after a trap inside PDFium the next file gets a fresh instance', async () => {
		const rt = (await pdfiumRuntime()) as unknown as { wasmExports: Record<string, unknown> };
		rt.wasmExports = {
			...rt.wasmExports,
			FPDF_LoadMemDocument: () => {
				throw new WebAssembly.RuntimeError('unreachable');
			}
		};
		const bytes = read('printed-2021_langxian.pdf');
		await expect(pdfiumPages(bytes, 80)).rejects.toThrow('unreachable');
		expect((await pdfiumPages(bytes, 80))!.pages).toHaveLength(3);
	});

	it('returns null for bytes it cannot open as a PDF', async () => {
		expect(await pdfiumPages(new TextEncoder().encode('%PDF-1.4\n garbage'), 80)).toBeNull();
	});

	it('falls back to pdf.js when PDFium cannot start, with the same result', async () => {
		const name = 'printed-2024_huaian_hongzequ.pdf';
		const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8'));
		usePdfiumWasm(() => Promise.reject(new Error('no wasm here')));
		const result = await parseFile(name, read(name));
		expect(result.report?.values).toEqual(expected.values);
	});
});

describe('PDF fixtures keep the quirk they were made for', () => {
	it('quirk-pdf-repeated-header-2024: each page table 3 runs onto starts with its header again', async () => {
		const { pages } = (await pdfiumPages(read('quirk-pdf-repeated-header-2024.pdf'), 80))!;
		const starts = pages.map((items) =>
			[...items]
				.sort((a, b) => b.y - a.y || a.x - b.x)
				.slice(0, 5)
				.map((i) => i.str)
				.join('')
		);
		expect(starts.filter((s) => s.startsWith('申请人情况')).length).toBeGreaterThanOrEqual(2);
	});
});
