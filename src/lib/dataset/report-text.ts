import { decodeBytes, MAX_BYTES } from '$lib/parse/input';
import { gridFromHtml } from '$lib/parse/html';
import { linesFromItems, type PdfItem } from '$lib/parse/pdf-lines';

const MAX_PDF_PAGES = 80;

/**
 * A report file's running text, line by line, for the text checks (the parser reads the tables; this
 * keeps the prose). Same readers as the parser: pdf.js lines, mammoth for .docx, the HTML grid.
 * Never throws: an unreadable file gives ''.
 */
export async function reportText(name: string, bytes: Uint8Array): Promise<string> {
	if (!bytes.length || bytes.length > MAX_BYTES) return '';
	try {
		if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
			return await pdfLines(bytes);
		if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
			const mammoth = await import('mammoth');
			const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
			const raw = await mammoth.extractRawText({ arrayBuffer, buffer: bytes } as {
				arrayBuffer: ArrayBuffer;
			});
			return raw.value;
		}
		const text = decodeBytes(bytes).text;
		return /\.html?$/i.test(name) || /^\s*<(!doctype|html|body)\b/i.test(text)
			? gridFromHtml(text)
					.map((r) => r.join(' '))
					.join('\n')
			: text;
	} catch {
		return '';
	}
}

async function pdfLines(bytes: Uint8Array): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
		.promise;
	const lines: string[] = [];
	try {
		for (let p = 1; p <= Math.min(doc.numPages, MAX_PDF_PAGES); p++) {
			const content = await (await doc.getPage(p)).getTextContent();
			const items: PdfItem[] = content.items.flatMap((i) =>
				'str' in i
					? [{ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, height: i.height }]
					: []
			);
			lines.push(...linesFromItems(items));
		}
	} finally {
		await doc.destroy();
	}
	return lines.join('\n');
}
