/** A positioned piece of text from a PDF page (pdf.js `TextItem`, reduced to what we use). */
export interface PdfItem {
	str: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Rebuilds text lines from positioned items: items whose baselines lie within a third of the font
 * height form a line, read left to right; a gap wider than half a character separates two cells.
 */
export function linesFromItems(items: readonly PdfItem[]): string[] {
	const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: PdfItem[][] = [];
	for (const item of sorted) {
		const line = lines[lines.length - 1];
		const tolerance = Math.max(2, (item.height || 10) * 0.35);
		if (line && Math.abs(line[0]!.y - item.y) <= tolerance) line.push(item);
		else lines.push([item]);
	}
	return lines.map((line) => {
		line.sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const item of line) {
			const gap = item.x - end;
			const charWidth = (item.height || 10) * 0.5;
			text += text && gap > charWidth ? ` ${item.str}` : item.str;
			end = item.x + item.width;
		}
		return text.trim();
	});
}
