import type { PdfItem } from './pdf-lines';
import { lightenType3Fonts } from './type3-fonts';
import type { PathBox } from './ruling-lines';

/**
 * Positioned text from PDFium (compiled to WebAssembly, `@embedpdf/pdfium`): one item per glyph
 * with its origin, advance and font size, the same kind of item pdf.js gives. PDFium reads a
 * font's ToUnicode map and widths without translating the font program for a browser, which is
 * where pdf.js spent most of its time (≈ 10× slower on these reports).
 */

/** The raw exports we call per glyph: no ccall wrapper (and its assertions) in the hot loop. */
interface Exports {
	malloc(size: number): number;
	free(ptr: number): void;
	FPDF_LoadMemDocument(data: number, size: number, password: number): number;
	FPDF_GetLastError(): number;
	FPDF_GetPageCount(doc: number): number;
	FPDF_LoadPage(doc: number, index: number): number;
	FPDF_ClosePage(page: number): void;
	FPDF_CloseDocument(doc: number): void;
	FPDFText_LoadPage(page: number): number;
	FPDFText_ClosePage(text: number): void;
	FPDFText_CountChars(text: number): number;
	FPDFText_GetUnicode(text: number, i: number): number;
	FPDFText_GetFontSize(text: number, i: number): number;
	FPDFText_GetCharOrigin(text: number, i: number, x: number, y: number): number;
	FPDFText_GetLooseCharBox(text: number, i: number, rect: number): number;
	FPDFText_GetMatrix(text: number, i: number, matrix: number): number;
	FPDFPage_CountObjects(page: number): number;
	FPDFPage_GetObject(page: number, i: number): number;
	FPDFPageObj_GetType(obj: number): number;
	FPDFPageObj_GetBounds(obj: number, l: number, b: number, r: number, t: number): number;
	FPDFPath_CountSegments(path: number): number;
}

interface Runtime {
	wasmExports: Exports;
	HEAPU8: Uint8Array;
	HEAPF32: Float32Array;
	HEAPF64: Float64Array;
}

/**
 * Where the wasm comes from: node_modules in Node; the app's own asset in a browser. A compiled
 * module may be handed over instead of bytes (the CLI compiles once and shares it with its workers).
 */
export type WasmSource = () => Promise<ArrayBuffer | Uint8Array | WebAssembly.Module>;

function wasmFromNodeModules(): Promise<Uint8Array<ArrayBuffer>> {
	const node = (globalThis as { process?: NodeJS.Process }).process;
	if (!node?.getBuiltinModule)
		return Promise.reject(new Error('PDFium wasm: no source configured for this environment'));
	const { createRequire } = node.getBuiltinModule('node:module');
	const { readFileSync } = node.getBuiltinModule('node:fs');
	const wasm = readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
	return Promise.resolve(new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength));
}

/** PDFium's wasm compiled (Node), to share with worker threads: they then only instantiate it. */
export async function compilePdfium(): Promise<WebAssembly.Module> {
	return WebAssembly.compile(await wasmFromNodeModules());
}

type Init = (typeof import('@embedpdf/pdfium'))['init'];

/** Emscripten's options for this wasm: the bytes to compile, or an instantiation of a module. */
function wasmOptions(wasm: ArrayBuffer | Uint8Array | WebAssembly.Module): {
	overrides: Parameters<Init>[0];
	failed: Promise<never>;
} {
	if (!(wasm instanceof WebAssembly.Module))
		return {
			overrides: { wasmBinary: wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm) },
			failed: new Promise<never>(() => {})
		};
	let fail: (e: unknown) => void = () => {};
	const failed = new Promise<never>((_, reject) => (fail = reject));
	const instantiateWasm = (
		imports: WebAssembly.Imports,
		receive: (i: WebAssembly.Instance, m: WebAssembly.Module) => void
	) => {
		WebAssembly.instantiate(wasm, imports).then((i) => receive(i, wasm), fail);
		return {};
	};
	return { overrides: { instantiateWasm } as Parameters<Init>[0], failed };
}

let source: WasmSource = wasmFromNodeModules;
let runtime: Promise<Runtime> | null = null;

/** Tells the extractor where its wasm is (the browser import worker passes the served asset);
 * without an argument, back to node_modules. */
export function usePdfiumWasm(load: WasmSource = wasmFromNodeModules): void {
	source = load;
	runtime = null;
}

/** Started once per thread and shared by every document; a failure is remembered (no retry storm). */
export function pdfiumRuntime(): Promise<Runtime> {
	runtime ??= (async () => {
		const { init } = await import('@embedpdf/pdfium');
		const { overrides, failed } = wasmOptions(await source());
		const module = await Promise.race([init(overrides), failed]);
		module.PDFiumExt_Init();
		return module.pdfium as unknown as Runtime;
	})();
	return runtime;
}

/** PDFium's FPDF_ERR_* codes. */
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

export class PdfEncryptedError extends Error {}

export interface PdfPages {
	/** Items of each page read (at most `maxPages`). */
	pages: PdfItem[][];
	/** Painted paths of each page read (y upwards, as the items'), for its ruling lines. */
	paths?: PathBox[][];
	numPages: number;
}

const PATH_OBJECT = 2;

/** A page's path objects: their bounds and segment counts, for its ruling lines. */
function pagePaths(px: Exports, rt: Runtime, page: number, scratch: number): PathBox[] {
	const paths: PathBox[] = [];
	const n = px.FPDFPage_CountObjects(page);
	const f32 = rt.HEAPF32;
	const at = scratch >> 2;
	for (let i = 0; i < n; i++) {
		const obj = px.FPDFPage_GetObject(page, i);
		if (px.FPDFPageObj_GetType(obj) !== PATH_OBJECT) continue;
		if (!px.FPDFPageObj_GetBounds(obj, scratch, scratch + 4, scratch + 8, scratch + 12)) continue;
		const [x0, y0, x1, y1] = [f32[at]!, f32[at + 1]!, f32[at + 2]!, f32[at + 3]!];
		paths.push({ x0, y0, x1, y1, segments: px.FPDFPath_CountSegments(obj) });
	}
	return paths;
}

const isSpace = (c: number) =>
	c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

/** Wide (CJK, full-width) characters advance about one em; others about half. */
const isWide = (c: number) => c >= 0x2e80;

/**
 * A glyph's advance: its box when PDFium could measure it; else (a Type3 glyph whose program is
 * hidden, a font without ascent and descent) the distance to the next glyph on its baseline,
 * or a typical advance for the character.
 */
function fillWidths(items: PdfItem[], widths: number[]): void {
	items.forEach((item, i) => {
		if (widths[i]! > 0) return void (item.width = widths[i]!);
		const next = items[i + 1];
		const gap = next && Math.abs(next.y - item.y) < 0.01 ? next.x - item.x : 0;
		const typical = item.height * (isWide(item.str.codePointAt(0)!) ? 1 : 0.5);
		item.width = gap > 0 && gap <= typical * 1.5 ? gap : typical;
	});
}

function pageItems(px: Exports, rt: Runtime, text: number, scratch: number): PdfItem[] {
	const items: PdfItem[] = [];
	const widths: number[] = [];
	const n = px.FPDFText_CountChars(text);
	for (let i = 0; i < n; i++) {
		const code = px.FPDFText_GetUnicode(text, i);
		// Spaces (also those PDFium generates between words and lines) only separate: the gaps do.
		if (isSpace(code) || code > 0x10ffff) continue;
		px.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
		px.FPDFText_GetLooseCharBox(text, i, scratch + 16);
		px.FPDFText_GetMatrix(text, i, scratch + 32);
		const size = px.FPDFText_GetFontSize(text, i);
		const f64 = rt.HEAPF64;
		const f32 = rt.HEAPF32;
		const x = f64[scratch >> 3]!;
		const y = f64[(scratch >> 3) + 1]!;
		const at = (scratch + 16) >> 2;
		const [left, top, right, bottom] = [f32[at]!, f32[at + 1]!, f32[at + 2]!, f32[at + 3]!];
		const m = (scratch + 32) >> 2;
		// Font size in page units: the size set with Tf, scaled by the text and page matrices.
		const height = size * Math.hypot(f32[m + 2]!, f32[m + 3]!) || Math.abs(top - bottom);
		widths.push(right > left ? Math.max(right, left) - x : 0);
		items.push({ str: String.fromCodePoint(code), x, y, width: 0, height });
	}
	fillWidths(items, widths);
	return items;
}

/**
 * Every glyph of the first `maxPages` pages. `null` when PDFium cannot open the file as a PDF (the
 * caller may try another reader); throws `PdfEncryptedError` for a password-protected file.
 * `prepare` edits PDFium's copy of the file first (by default: Type3 fonts lightened).
 */
export async function pdfiumPages(
	bytes: Uint8Array,
	maxPages: number,
	prepare: (copy: Uint8Array) => void = lightenType3Fonts
): Promise<PdfPages | null> {
	const rt = await pdfiumRuntime();
	try {
		return readPages(rt, bytes, maxPages, prepare);
	} catch (error) {
		// A trap (or an abort) can leave the instance's heap in any state: the next file gets a
		// fresh instance of the same compiled module, this one is dropped.
		if (!(error instanceof PdfEncryptedError) && runtime) runtime = null;
		throw error;
	}
}

function readPages(
	rt: Runtime,
	bytes: Uint8Array,
	maxPages: number,
	prepare: (copy: Uint8Array) => void
): PdfPages | null {
	const px = rt.wasmExports;
	const data = px.malloc(bytes.length);
	const scratch = px.malloc(64);
	if (!data || !scratch) {
		px.free(data);
		px.free(scratch);
		throw new Error('PDFium: out of memory');
	}
	rt.HEAPU8.set(bytes, data);
	prepare(rt.HEAPU8.subarray(data, data + bytes.length));
	const doc = px.FPDF_LoadMemDocument(data, bytes.length, 0);
	try {
		if (!doc) {
			const error = px.FPDF_GetLastError();
			if (error === ERR_PASSWORD || error === ERR_SECURITY) throw new PdfEncryptedError();
			return null;
		}
		const numPages = px.FPDF_GetPageCount(doc);
		const pages: PdfItem[][] = [];
		const paths: PathBox[][] = [];
		for (let p = 0; p < Math.min(numPages, maxPages); p++) {
			const page = px.FPDF_LoadPage(doc, p);
			if (!page) {
				pages.push([]);
				paths.push([]);
				continue;
			}
			paths.push(pagePaths(px, rt, page, scratch));
			const text = px.FPDFText_LoadPage(page);
			try {
				pages.push(text ? pageItems(px, rt, text, scratch) : []);
			} finally {
				if (text) px.FPDFText_ClosePage(text);
				px.FPDF_ClosePage(page);
			}
		}
		return { pages, paths, numPages };
	} finally {
		if (doc) px.FPDF_CloseDocument(doc);
		px.free(scratch);
		px.free(data);
	}
}
