import { Parser } from 'htmlparser2';
import { gridFromPlainText, type Grid } from './grid';

const BLOCK = new Set([
	'p',
	'div',
	'br',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'section',
	'tr'
]);

/**
 * HTML (and mammoth's .docx output): each table row becomes a row of its cells in source order.
 * Merged cells (rowspan/colspan) are read once where they are printed: rows are matched by their
 * labels and values by order, never by column position. Text outside tables becomes plain rows.
 */
export function gridFromHtml(html: string): Grid {
	const grid: Grid = [];
	let text = '';
	let row: string[] | null = null;
	let cell: string | null = null;
	let skip = 0;
	const flushText = () => {
		if (text.trim()) grid.push(...gridFromPlainText(text));
		text = '';
	};
	const parser = new Parser(
		{
			onopentag(name) {
				if (name === 'script' || name === 'style') skip++;
				else if (name === 'tr') {
					flushText();
					row = [];
				} else if ((name === 'td' || name === 'th') && row) cell = '';
				else if (BLOCK.has(name)) {
					if (cell !== null) cell += ' ';
					else text += '\n';
				}
			},
			ontext(data) {
				if (skip) return;
				if (cell !== null) cell += data;
				else text += data;
			},
			onclosetag(name) {
				if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
				else if ((name === 'td' || name === 'th') && row && cell !== null) {
					row.push(cell.replace(/\s+/g, ' ').trim());
					cell = null;
				} else if (name === 'tr' && row) {
					if (row.some((c) => c !== '')) grid.push(row);
					row = null;
				} else if (BLOCK.has(name) && cell === null) text += '\n';
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	flushText();
	return grid;
}
