/**
 * Lightens Type3 fonts in the copy of a PDF that PDFium reads (in place, same length, so no
 * object offset moves). Browser-printed reports (Chromium's Skia prints CJK text as Type3) carry
 * about a hundred Type3 fonts of one or two glyphs each, every one with a glyph program per
 * glyph and /Widths and /Differences arrays of up to 256 entries, almost all fillers
 * (`0`, `/g0`). PDFium parses all of it into objects before the first page's text; for text we need
 * none of the programs and only the widths of glyphs that are drawn. Only dictionaries stored as
 * plain text are reached; compressed object streams are left as they are.
 */

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const CHAR_PROCS = ascii('/CharProcs');
const P = 0x50;

function matchesAt(pdf: Uint8Array, at: number, word: readonly number[]): boolean {
	for (let k = 0; k < word.length; k++) if (pdf[at + k] !== word[k]) return false;
	return true;
}

/**
 * The glyph programs (`/CharProcs` → `/CharProcX`): they only draw. A Type3 glyph's text comes
 * from ToUnicode or its encoding's glyph names and its advance from /Widths; yet PDFium runs every
 * glyph program to measure it.
 */
function hideGlyphPrograms(pdf: Uint8Array): number[] {
	const found: number[] = [];
	const last = CHAR_PROCS.length - 1;
	// Scans for the name's rarest letter, 'P', then checks the rest (no text decoding).
	for (let i = pdf.indexOf(P); i >= 0; i = pdf.indexOf(P, i + 1)) {
		const at = i - 5;
		if (at >= 0 && matchesAt(pdf, at, CHAR_PROCS)) {
			pdf[at + last] = 0x58; // 'X'
			found.push(at);
		}
	}
	return found;
}

interface Span {
	at: number;
	length: number;
}

/**
 * Calls `token` with the [start, end) offsets of each token of a key's array in `dict` (`/Widths
 * [ … ]`; a name starts a token); the array's span, or null when the key has no direct array.
 * Offsets, not token strings: a printed report has some 25,000 of these tokens.
 */
function eachToken(
	dict: string,
	key: string,
	token: (from: number, to: number) => void
): Span | null {
	const at = dict.indexOf(key);
	if (at < 0) return null;
	let i = at + key.length;
	while (dict.charCodeAt(i) <= 0x20) i++;
	if (dict.charCodeAt(i) !== 0x5b) return null; // '['
	const end = dict.indexOf(']', i);
	if (end < 0) return null;
	let from = -1;
	for (let k = i + 1; k <= end; k++) {
		const c = dict.charCodeAt(k);
		const space = c <= 0x20 || c === 0x5d; // ']'
		if ((space || c === 0x2f) && from >= 0) {
			token(from, k);
			from = -1;
		}
		if (!space && from < 0) from = k;
	}
	return { at, length: end + 1 - at };
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpperHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46);

/** A number token's value is zero (no digit but 0); false also for what is not a number. */
function isZero(s: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = s.charCodeAt(k);
		if (c !== 0x30 && c !== 0x2e && c !== 0x2d && c !== 0x2b) return false;
	}
	return true;
}

function isNumber(s: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = s.charCodeAt(k);
		if (!isDigit(c) && c !== 0x2e && c !== 0x2d && c !== 0x2b) return false;
	}
	return to > from;
}

/**
 * Glyph names that give no text (PDFium finds no Unicode for them): Skia's `/g<glyph id in hex>`
 * and `/.notdef`. Names in the Adobe glyph list are lower case after their first letter.
 * With the glyph programs hidden such a name is read for nothing.
 */
function isTextless(s: string, from: number, to: number): boolean {
	if (s.startsWith('/.notdef', from) && to - from === 8) return true;
	if (s.charCodeAt(from + 1) !== 0x67 || to - from < 3) return false; // '/g'
	for (let k = from + 2; k < to; k++) if (!isUpperHex(s.charCodeAt(k))) return false;
	return true;
}

/** The missing glyph (glyph 0): Skia names every code of a font's range it does not use `/g0`. */
const isMissingGlyph = (s: string, from: number, to: number) =>
	to - from === 3
		? s.charCodeAt(from + 1) === 0x67 && s.charCodeAt(from + 2) === 0x30
		: to - from === 8 && s.startsWith('/.notdef', from);

/** A direct whole-number /FirstChar (not a reference `5 0 R`). */
const FIRST_CHAR = /\/FirstChar\s+(\d+)(?![\d.]|\s+\d+\s+R)/;

interface Part {
	span: Span;
	text: string;
}

interface Compacted {
	/** The new /FirstChar, where the old one was (if it had one). */
	first: { span: Span | null; text: string };
	widths: Part;
	differences: Part | null;
}

/** Codes of a /Differences array that name the missing glyph, and its names that can give text. */
function readDifferences(dict: string) {
	// Type3 codes are single bytes.
	const missing = new Uint8Array(256);
	const meaningful: string[] = [];
	let code = -1;
	let valid = true;
	const span = eachToken(dict, '/Differences', (s, e) => {
		if (dict.charCodeAt(s) === 0x2f && code >= 0) {
			if (code < 256 && isMissingGlyph(dict, s, e)) missing[code] = 1;
			else if (!isTextless(dict, s, e)) meaningful.push(`${code} ${dict.slice(s, e)}`);
			code++;
		} else if (isNumber(dict, s, e)) code = Number(dict.slice(s, e));
		else valid = false;
	});
	return valid ? { span, missing, meaningful } : null;
}

/** The font's new /Widths (with its range) and /Differences, or null to leave it as is. */
function compacted(dict: string): Compacted | null {
	const diffs = readDifferences(dict);
	if (!diffs) return null;
	const first = FIRST_CHAR.exec(dict);
	if (!first && dict.includes('/FirstChar')) return null; // a reference, or not a whole number
	const start = first ? Number(first[1]) : 0;
	const firstSpan = first && { at: first.index, length: first[0].length };
	// The codes from the first to the last that advance and draw a glyph: a width of 0 is what
	// PDFium assumes for a code outside the range.
	let i = 0;
	let lo = -1;
	let from = 0;
	let to = 0;
	let valid = true;
	const span = eachToken(dict, '/Widths', (s, e) => {
		if (!isNumber(dict, s, e)) valid = false;
		else if (!isZero(dict, s, e) && !diffs.missing[start + i]) {
			if (lo < 0) {
				lo = i;
				from = s;
			}
			to = e;
		}
		i++;
	});
	if (!span || !valid) return null;
	return {
		first: { span: firstSpan, text: `/FirstChar ${start + Math.max(lo, 0)}` },
		widths: { span, text: `/Widths [${lo >= 0 ? dict.slice(from, to) : ''}]` },
		differences: diffs.span && {
			span: diffs.span,
			text: `/Differences [${diffs.meaningful.join(' ')}]`
		}
	};
}

const fits = (part: Part) => part.text.length <= part.span.length;

/** Writes `text` over `span` of `dict` (at `base` in the file), padded with spaces. */
function overwrite(pdf: Uint8Array, base: number, span: Span, text: string): void {
	for (let k = 0; k < span.length; k++)
		pdf[base + span.at + k] = k < text.length ? text.charCodeAt(k) : 0x20;
}

const latin1 = new TextDecoder('latin1');
const OBJ = ascii('obj');
const END = ascii('endobj');
/** How far around /CharProcs a font dictionary may reach (Skia's are about 1 KB). */
const REACH = 8192;

/** The Type3 font dictionary around a /CharProcs key at `at`: its text and where it starts. */
function fontDictAround(pdf: Uint8Array, at: number): { text: string; base: number } | null {
	const limit = Math.max(0, at - REACH);
	let start = -1;
	for (let i = pdf.lastIndexOf(0x6f, at); i >= limit; i = pdf.lastIndexOf(0x6f, i - 1))
		if (matchesAt(pdf, i, OBJ)) {
			start = i;
			break;
		}
	// The nearest 'obj' before the key must open an object, not end the one before.
	if (start < 0 || (start >= 3 && matchesAt(pdf, start - 3, END))) return null;
	let end = -1;
	const stop = Math.min(pdf.length, at + REACH);
	for (let i = pdf.indexOf(0x65, at); i >= 0 && i < stop; i = pdf.indexOf(0x65, i + 1))
		if (matchesAt(pdf, i, END)) {
			end = i;
			break;
		}
	if (end < 0) return null;
	const text = latin1.decode(pdf.subarray(start, end));
	return /\/Subtype\s*\/Type3\b/.test(text) ? { text, base: start } : null;
}

function compactFont(pdf: Uint8Array, at: number): void {
	const dict = fontDictAround(pdf, at);
	if (!dict) return;
	const next = compacted(dict.text);
	if (!next || (next.differences && !fits(next.differences))) return;
	const { first, widths } = next;
	// The new /FirstChar where the old one was; else ahead of the widths (the old one blanked).
	const parts: Part[] = [];
	if (first.span && fits({ span: first.span, text: first.text }))
		parts.push({ span: first.span, text: first.text }, widths);
	else {
		const both = { span: widths.span, text: `${first.text} ${widths.text}` };
		if (!fits(both)) return;
		if (first.span) parts.push({ span: first.span, text: '' });
		parts.push(both);
	}
	if (next.differences) parts.push(next.differences);
	for (const part of parts) overwrite(pdf, dict.base, part.span, part.text);
}

/**
 * Hides Type3 glyph programs and trims each such font's /Widths to the codes that advance (its
 * /LastChar, which PDFium does not read for Type3, is left), and its /Differences to names that
 * can give text. What PDFium reports for every drawn glyph (text,
 * origin, size, box) stays the same, except that the missing glyph (glyph 0) no longer has a width.
 */
export function lightenType3Fonts(pdf: Uint8Array): void {
	for (const at of hideGlyphPrograms(pdf)) compactFont(pdf, at);
}

/** Only the glyph programs hidden (what `lightenType3Fonts` does first): for comparisons. */
export function hideType3GlyphPrograms(pdf: Uint8Array): void {
	hideGlyphPrograms(pdf);
}
