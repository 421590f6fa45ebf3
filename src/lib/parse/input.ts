import { MAX_UNZIPPED, unzippedSize } from './zip-guard';
import { parseGrid, parseText, type ParseOptions, type ParseResult, type TextKind } from './index';
import {
	gridFromWordLines,
	withoutPageNumbers,
	wordLines,
	type PdfItem,
	type Word
} from './pdf-lines';
import { pathBoxes } from './pdfjs-paths';
import { horizontalRules, verticalRules, type PathBox, type VerticalRule } from './ruling-lines';
import { joinWrappedNumbers } from './wrapped-numbers';
import { PdfEncryptedError, pdfiumPages, type PdfPages } from './pdfium';

/** Inputs larger than this are refused up front: the parser never loads unbounded work. */
export const MAX_BYTES = 20 * 1024 * 1024;
const MAX_PDF_PAGES = 80;
/** Page p's baselines are measured down from p × this, so rows keep their order across pages. */
const PAGE_SPAN = 100_000;

const fail = (message: string, message_en: string): ParseResult => ({
	ok: false,
	report: null,
	issues: [{ rule: 'parse.unreadable', level: 'error', path: '', message, message_en }]
});

/** The types a file's name can declare whose content is checked, and how to name them. */
const DECLARED = [
	{ ext: /\.pdf$/i, zh: 'PDF', en: 'the PDF', notZh: '不是 PDF', notEn: 'not a PDF' },
	{
		ext: /\.docx$/i,
		zh: 'Word 文件（.docx）',
		en: 'the Word file (.docx)',
		notZh: '不是 Word 文档',
		notEn: 'not a Word document'
	}
];

/** A reader's error, as the reason a declared type could not be opened. */
const damaged = (detail: string): [string, string] => [
	`文件已损坏（${detail}）`,
	`the file is damaged (${detail}).`
];

/**
 * What to say when a file's content is not what its name declares (`why`: the reader's error;
 * without one the content was not of that type at all), or null for a name that declares none.
 */
function unopenable(name: string, why?: [string, string]): ParseResult | null {
	const type = DECLARED.find((d) => d.ext.test(name));
	if (!type) return null;
	const [zh, en] = why ?? [`文件已损坏或${type.notZh}`, `the file is damaged or ${type.notEn}.`];
	return fail(`无法打开 ${type.zh}：${zh}`, `Cannot open ${type.en}: ${en}`);
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Text and, where some bytes were not valid in the encoding chosen, how many. */
export interface Decoded {
	text: string;
	encoding: 'utf-8' | 'utf-16' | 'gb18030';
	badBytes: number;
}

const count = (text: string, c: string) => text.split(c).length - 1;

/**
 * UTF-16 with BOM; else UTF-8 unless invalid sequences are more than a few strays among its
 * characters (decided on the whole file: a handful of bad bytes does not make a UTF-8 file
 * GBK); else GB18030 (a superset of GBK).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xff, 0xfe]))
		return {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16',
			badBytes: 0
		};
	if (startsWith(bytes, [0xfe, 0xff]))
		return {
			text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
			encoding: 'utf-16',
			badBytes: 0
		};
	const utf8 = new TextDecoder('utf-8').decode(bytes);
	const bad = count(utf8, '\ufffd');
	if (bad === 0) return { text: utf8, encoding: 'utf-8', badBytes: 0 };
	let wide = 0;
	for (let i = 0; i < utf8.length; i++) if (utf8.charCodeAt(i) > 0x7f) wide++;
	if (bad <= Math.max(8, (wide - bad) * 0.01))
		return { text: utf8, encoding: 'utf-8', badBytes: bad };
	return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', badBytes: 0 };
}

let pdfWorker: import('pdfjs-dist/legacy/build/pdf.mjs').PDFWorker | null = null;

/**
 * pdf.js's items of the first pages, and their ruling lines from the operator list's paths (for
 * numbers wrapped inside a cell): the fallback reader, for files PDFium cannot open.
 */
async function pdfjsPages(bytes: Uint8Array): Promise<PdfPages> {
	const [pdfjs, worker] = await Promise.all([
		import('pdfjs-dist/legacy/build/pdf.mjs'),
		import('pdfjs-dist/legacy/build/pdf.worker.mjs')
	]);
	// pdf.js runs its worker code in this thread (a browser import worker is already off the page's
	// thread), the same in Node and the browser.
	(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
	// One pdf.js worker for every document (set-up is paid once); fonts are parsed only as far as
	// text needs: no FontFace objects, no system fonts, no normalisation (ours is glyph-aware).
	if (!pdfWorker || pdfWorker.destroyed) pdfWorker = new pdfjs.PDFWorker();
	const doc = await pdfjs.getDocument({
		data: bytes.slice(),
		worker: pdfWorker,
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const pages: PdfItem[][] = [];
	const paths: PathBox[][] = [];
	try {
		for (let p = 1; p <= Math.min(doc.numPages, MAX_PDF_PAGES); p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent({ disableNormalization: true });
			const { fnArray, argsArray } = await page.getOperatorList();
			paths.push(pathBoxes(fnArray, argsArray, pdfjs.OPS));
			pages.push(
				content.items.flatMap((i) =>
					'str' in i
						? [
								{
									str: i.str,
									x: i.transform[4],
									y: i.transform[5],
									width: i.width,
									height: i.height
								}
							]
						: []
				)
			);
		}
	} finally {
		await doc.destroy();
	}
	return { pages, paths, numPages: doc.numPages };
}

/**
 * A PDF's positioned text: PDFium first (fast: it reads fonts only as far as text needs); pdf.js
 * when PDFium cannot open the file (damage it does not repair) or cannot start (no wasm).
 */
async function pdfPages(bytes: Uint8Array): Promise<PdfPages> {
	let read: PdfPages | null = null;
	try {
		read = await pdfiumPages(bytes, MAX_PDF_PAGES);
	} catch (error) {
		if (error instanceof PdfEncryptedError) throw error;
	}
	return read ?? pdfjsPages(bytes);
}

/** A PDF's lines of words down the document, its vertical ruling lines, and its page count. */
async function pdfLines(
	bytes: Uint8Array
): Promise<{ lines: Word[][]; verticals: VerticalRule[]; pages: number }> {
	const { pages, paths, numPages } = await pdfPages(bytes);
	const lines: Word[][] = [];
	const verticals: VerticalRule[] = [];
	pages.forEach((items, i) => {
		const offset = (i + 1) * PAGE_SPAN;
		const ruled = horizontalRules(paths?.[i] ?? []).map((r) => ({ ...r, y: offset - r.y }));
		for (const v of verticalRules(paths?.[i] ?? []))
			verticals.push({ x: v.x, top: offset - v.y1, bottom: offset - v.y0 });
		lines.push(...withoutPageNumbers(joinWrappedNumbers(wordLines(items, offset), ruled)));
	});
	return { lines, verticals, pages: numPages };
}

async function docxHtml(bytes: Uint8Array): Promise<string> {
	const mammoth = await import('mammoth');
	const arrayBuffer = bytes.buffer.slice(
		bytes.byteOffset,
		bytes.byteOffset + bytes.byteLength
	) as ArrayBuffer;
	// mammoth reads `arrayBuffer` in browsers and `buffer` in Node.
	const result = await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as {
		arrayBuffer: ArrayBuffer;
	});
	return result.value;
}

/** Control characters and undecodable bytes in the first 20k characters mark a non-text file. */
function looksBinary(text: string): boolean {
	const head = text.slice(0, 20000);
	let bad = 0;
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
	}
	return bad > Math.min(200, head.length * 0.05);
}

const kindOf = (name: string, text: string): TextKind =>
	/\.html?$/i.test(name) || /^\s*<(!doctype|html|table|body|div|p)\b/i.test(text)
		? 'html'
		: /\.(md|markdown)$/i.test(name)
			? 'md'
			: 'txt';

/**
 * Parses a file of any supported type (.txt, .md, .html, .docx, .pdf), recognised by content
 * first and name second. Never throws: unreadable input gives `ok: false` and the reason.
 */
export async function parseFile(
	name: string,
	bytes: Uint8Array,
	opts: ParseOptions = {}
): Promise<ParseResult> {
	opts = { fileName: name, ...opts };
	if (bytes.length === 0) return fail('文件为空', 'The file is empty.');
	if (bytes.length > MAX_BYTES)
		return fail(
			`文件过大（${(bytes.length / 1048576).toFixed(1)} MB），超过 ${MAX_BYTES / 1048576} MB 上限，未读取`,
			`The file is too large (${(bytes.length / 1048576).toFixed(1)} MB, limit ${MAX_BYTES / 1048576} MB) and was not read.`
		);
	try {
		if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
			const { lines, verticals, pages } = await pdfLines(bytes);
			const { grid, boxes } = gridFromWordLines(lines);
			const capped = (r: ParseResult): ParseResult =>
				pages <= MAX_PDF_PAGES
					? r
					: {
							...r,
							issues: [
								...r.issues,
								{
									rule: 'parse.page_cap',
									level: 'warning',
									path: '',
									message: `PDF 共 ${pages} 页，只读取了前 ${MAX_PDF_PAGES} 页；在此之后的内容（包括表格）未读取`,
									message_en: `Only the first ${MAX_PDF_PAGES} of ${pages} pages were read.`
								}
							]
						};
			if (!grid.length)
				return capped(
					fail(
						'PDF 中没有可提取的文字（可能是扫描件，需要先做文字识别）',
						'No text layer in this PDF (scanned?).'
					)
				);
			return capped(
				parseGrid(grid, grid.map((r) => r.join(' ')).join('\n'), opts, boxes, verticals)
			);
		}
		if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
			if (
				!/\.docx$/i.test(name) &&
				!new TextDecoder('latin1').decode(bytes.subarray(0, 4000)).includes('word/')
			)
				return fail('这是一个压缩文件，不是 Word（.docx）文档', 'A zip archive, not a .docx file.');
			if (unzippedSize(bytes) === null)
				return fail(
					`Word 文件解压后超过 ${MAX_UNZIPPED / 1048576} MB（疑为压缩炸弹），未读取`,
					`The .docx expands beyond ${MAX_UNZIPPED / 1048576} MB (zip bomb?).`
				);
			let html: string;
			try {
				html = await docxHtml(bytes);
			} catch (error) {
				const detail = error instanceof Error ? error.message : String(error);
				return (
					unopenable(name, damaged(detail)) ??
					fail(`无法读取 Word 文件：${detail}`, `The Word file could not be read: ${detail}`)
				);
			}
			return parseText(html, 'html', opts);
		}
		if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
			return fail(
				'旧版 Word（.doc）格式暂不支持，请另存为 .docx 或 PDF',
				'Legacy .doc is not supported; save as .docx or PDF.'
			);
		const { text, badBytes } = decodeBytes(bytes);
		if (looksBinary(text))
			return (
				unopenable(name) ??
				fail(
					'文件内容不是文本（可能是二进制或损坏的文件）',
					'The file is binary or corrupt, not text.'
				)
			);
		const result = parseText(text, kindOf(name, text), opts);
		if (!badBytes) return result;
		const issue = {
			rule: 'parse.encoding',
			level: 'warning' as const,
			path: '',
			message: `文件按 UTF-8 读取，其中 ${badBytes} 处字节无效，已替换为 �；若数字或行名受影响，相应单元格记为缺失`,
			message_en: `${badBytes} invalid UTF-8 bytes were replaced by �; cells they touch count as missing.`
		};
		return { ...result, issues: [issue, ...result.issues] };
	} catch (error) {
		if (error instanceof PdfEncryptedError)
			return fail('PDF 文件已加密（需要密码才能打开），无法读取', 'The PDF is password-protected.');
		const detail = error instanceof Error ? error.message : String(error);
		return (
			unopenable(name, damaged(detail)) ??
			fail(`无法读取文件：${detail}`, `The file could not be read: ${detail}`)
		);
	}
}
