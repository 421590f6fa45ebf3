import type { PdfItem } from './pdf-lines';

/** Test input: one PDF item per glyph of `text`, `size` wide each, from x on the baseline y. */
export const glyphs = (text: string, x: number, y: number, size = 10): PdfItem[] =>
	[...text].map((str, i) => ({ str, x: x + i * size, y, width: size, height: size }));
