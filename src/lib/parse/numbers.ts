import type { CellState } from '$lib/report';

export interface ParsedCell {
	state: Exclude<CellState, 'missing'>;
	value: number | null;
	raw: string;
	note?: string;
	/** Unit printed in the cell itself (e.g. `1457万元`). */
	unit?: string;
}

/** A printed cell with nothing in it (PDFs leave it out of the text layer altogether). */
export const BLANK_CELL: ParsedCell = Object.freeze({ state: 'blank', value: null, raw: '' });

const FULL_WIDTH = /[０-９．，－＋]/g;
const NA = /^(\/|／|—+|-+|－+|–|无|不适用|\\|×)$/;
const NUMBER =
	/^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元|件|条|项|个|次)?\s*(?:[（(]([^（）()]*)[）)])?$/;

/** Full-width digits and punctuation to ASCII; Chinese commas used as thousands separators too. */
export function toHalfWidth(s: string): string {
	return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Classifies one printed table cell: a number (with an optional unit and a trailing note such as
 * `22（其中修订16件）`), n/a (`/`, `—`, `无`, `不适用`), blank, or text (returns null).
 */
export function parseCell(raw: string): ParsedCell | null {
	const text = toHalfWidth(raw).replace(/\s+/g, ' ').trim();
	if (text === '') return { state: 'blank', value: null, raw };
	if (NA.test(text)) return { state: 'na', value: null, raw };
	const m = NUMBER.exec(text);
	if (!m) return null;
	const [, sign, digits = '', decimals = '', unit, note] = m;
	const value = Number(`${sign === '-' ? '-' : ''}${digits.replaceAll(',', '')}${decimals}`);
	return {
		state: 'number',
		value,
		raw,
		...(note ? { note } : {}),
		...(unit ? { unit } : {})
	};
}
