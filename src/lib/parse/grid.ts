/** A document as rows of cells, the common shape every input format is reduced to. */
export type Grid = string[][];

/**
 * Where a cell was printed, where the source has geometry (PDF): its horizontal extent on the page
 * and its baseline measured downwards through the whole document (pages stacked).
 */
export type Box = readonly [x0: number, x1: number, y: number];

export const PAGE_NUMBER = /^[-—–\s]*\d+[-—–\s]*$|^第\s*\d+\s*页(共\s*\d+\s*页)?$/;

/**
 * Plain text: one row per line, cells split on whitespace. Covers text extracted from PDFs, where
 * a row's label and its numbers share a line and multi-line labels wrap onto lines of their own.
 */
export function gridFromPlainText(text: string): Grid {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '' && !PAGE_NUMBER.test(line))
		.map((line) => line.split(/[\s\u3000]+/).filter(Boolean));
}

/**
 * Word tables flattened to text (the seed's shape): each cell on its own tab-indented line, rows
 * separated by an unindented blank line; a line with only a tab is an empty cell.
 */
export function gridFromCellLines(text: string): Grid {
	const grid: Grid = [];
	let row: string[] = [];
	const flush = () => {
		if (row.length) grid.push(row);
		row = [];
	};
	for (const line of text.split(/\r?\n/)) {
		if (line.startsWith('\t')) row.push(line.trim());
		else if (line.trim() === '') flush();
		else {
			flush();
			grid.push(...gridFromPlainText(line));
		}
	}
	flush();
	return grid;
}

/** Markdown pipe tables (one row per `|…|` line) mixed with plain text. */
export function gridFromMarkdown(text: string): Grid {
	const grid: Grid = [];
	for (const line of text.split(/\r?\n/)) {
		const t = line.trim();
		if (/^\|?\s*:?-{2,}/.test(t) && /^[|\s:-]+$/.test(t)) continue;
		if (t.startsWith('|')) {
			grid.push(
				t
					.replace(/^\||\|$/g, '')
					.split('|')
					.map((c) => c.replace(/\*\*|__|<br\s*\/?>/g, ' ').trim())
			);
		} else grid.push(...gridFromPlainText(t.replace(/^#+\s*|\*\*/g, '')));
	}
	return grid;
}

/** Picks the text reader: tab-indented cell lines (Word export) or plain/PDF text. */
export function gridFromText(text: string): Grid {
	const lines = text.split(/\r?\n/);
	const cellLines = lines.filter((l) => /^\t/.test(l)).length;
	return cellLines > 40 && cellLines > lines.length * 0.3
		? gridFromCellLines(text)
		: gridFromPlainText(text);
}
