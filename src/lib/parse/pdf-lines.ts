import { normaliseGlyphs } from './glyphs';
import { PAGE_NUMBER, type Box, type Grid } from './grid';

/** A positioned piece of text from a PDF page (pdf.js `TextItem`, reduced to what we use). */
export interface PdfItem {
	str: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Glyphs merged into one cell: its text and horizontal extent on the page. */
export interface Word {
	text: string;
	x0: number;
	x1: number;
	/** Baseline, downwards through the document. */
	y: number;
	/** Font size (glyph height), where known. */
	size?: number;
}

/** Items that carry spaces are cut at them, each piece given its share of the item's width. */
function splitAtSpaces(item: PdfItem): PdfItem[] {
	const str = normaliseGlyphs(item.str);
	if (!/\s/.test(str.trim())) return [{ ...item, str: str.trim() }];
	const per = item.width / Math.max(1, str.length);
	const out: PdfItem[] = [];
	for (const m of str.matchAll(/\S+/g))
		out.push({ ...item, str: m[0], x: item.x + m.index * per, width: m[0].length * per });
	return out;
}

/**
 * Rebuilds lines of words from positioned items: items whose baselines lie within a third of the
 * font height form a line; glyphs closer than half a character join into one word (browser-printed
 * PDFs emit one item per glyph), a wider gap starts the next cell.
 */
export function wordLines(items: readonly PdfItem[], pageOffset = 0): Word[][] {
	const sorted = items
		.filter((i) => i.str.trim() !== '')
		.flatMap(splitAtSpaces)
		.sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: PdfItem[][] = [];
	for (const item of sorted) {
		const line = lines[lines.length - 1];
		const tolerance = Math.max(2, (item.height || 10) * 0.35);
		if (line && Math.abs(line[0]!.y - item.y) <= tolerance) line.push(item);
		else lines.push([item]);
	}
	return lines.map((line) => {
		line.sort((a, b) => a.x - b.x);
		const words: Word[] = [];
		for (const item of line) {
			const last = words[words.length - 1];
			const charWidth = (item.height || 10) * 0.5;
			if (last && item.x - last.x1 <= charWidth) {
				last.text += item.str;
				last.x1 = Math.max(last.x1, item.x + item.width);
			} else
				words.push({
					text: item.str,
					x0: item.x,
					x1: item.x + item.width,
					y: pageOffset - item.y,
					size: item.height || 10
				});
		}
		return words;
	});
}

/** Text lines (cells separated by a space), e.g. for the metadata search. */
export function linesFromItems(items: readonly PdfItem[]): string[] {
	return wordLines(items).map((words) => words.map((w) => w.text).join(' '));
}

const isPageNumber = (words: Word[] | undefined) =>
	!!words && words.length <= 3 && PAGE_NUMBER.test(words.map((w) => w.text).join(' '));

/**
 * One page's lines without its page number: a lone number as the page's first or last line. (A
 * lone number inside the page is a table value whose label wrapped around it.)
 */
export function withoutPageNumbers(lines: Word[][]): Word[][] {
	let out = lines;
	if (isPageNumber(out[out.length - 1])) out = out.slice(0, -1);
	if (isPageNumber(out[0])) out = out.slice(1);
	return out;
}

/** Lines of words as grid rows, with each cell's extent and baseline. */
export function gridFromWordLines(lines: readonly Word[][]): { grid: Grid; boxes: Box[][] } {
	const grid: Grid = [];
	const boxes: Box[][] = [];
	for (const words of lines) {
		grid.push(words.map((w) => w.text));
		boxes.push(words.map((w) => [w.x0, w.x1, w.y] as const));
	}
	return { grid, boxes };
}
