import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfiumPages } from './pdfium';
import { hideType3GlyphPrograms, lightenType3Fonts } from './type3-fonts';

const FIXTURES = 'tests/fixtures/reports';
const pdfs = readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf'));
const read = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A Type3 font as Skia writes it: glyph 0 at code 0, fillers (`/g0`, width 0), one real glyph. */
const SKIA_FONT = [
	'7 0 obj\n<</Type /Font\n/Subtype /Type3\n/FirstChar 0\n/LastChar 5\n',
	'/Widths [1000 0 0 0 0 500.5]\n',
	'/Encoding <</Type /Encoding\n/Differences [0 /g0 /g0 /g0 /g0 /space /g5C12]>>\n',
	'/CharProcs <</g0 8 0 R\n/g5C12 9 0 R>>>>\nendobj\n'
].join('');

describe('Type3 fonts lightened for PDFium', () => {
	it('moves /FirstChar ahead of the widths when its own place is too short', () => {
		const font = SKIA_FONT.replace('0 0 0 0 500.5', `${'0 '.repeat(200)}500.5`);
		const bytes = new TextEncoder().encode(font);
		lightenType3Fonts(bytes);
		const out = latin1(bytes);
		expect(out).toContain('/FirstChar 201 /Widths [500.5]');
		expect(out.match(/FirstChar/g)).toHaveLength(1);
	});

	it('keeps the widths of codes that draw a glyph and names that can give text, same length', () => {
		const bytes = new TextEncoder().encode(SKIA_FONT);
		lightenType3Fonts(bytes);
		const out = latin1(bytes);
		expect(out).toHaveLength(SKIA_FONT.length);
		expect(out).toContain('/CharProcX');
		expect(out).toContain('/FirstChar 5\n');
		expect(out).toContain('/Widths [500.5]');
		expect(out).toContain('/Differences [4 /space]');
	});

	it('leaves fonts it cannot read (an indirect /Widths or /FirstChar, not Type3) as they were, but hidden', () => {
		for (const font of [
			SKIA_FONT.replace('/Widths [1000 0 0 0 0 500.5]', '/Widths 12 0 R'),
			SKIA_FONT.replace('/Type3', '/Type1'),
			SKIA_FONT.replace('/FirstChar 0', '/FirstChar 15 0 R')
		]) {
			const bytes = new TextEncoder().encode(font);
			lightenType3Fonts(bytes);
			expect(latin1(bytes)).toBe(font.replace('/CharProcs', '/CharProcX'));
		}
	});

	for (const name of pdfs)
		it(`PDFium reads the same glyphs as from the unlightened file: ${name}`, async () => {
			const bytes = read(name);
			const plain = await pdfiumPages(bytes, 80, hideType3GlyphPrograms);
			const light = await pdfiumPages(bytes, 80, lightenType3Fonts);
			expect(light).toEqual(plain);
		});
});
