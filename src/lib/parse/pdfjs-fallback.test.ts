import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from './input';
import { usePdfiumWasm } from './pdfium';

const FIXTURES = 'tests/fixtures/reports';

describe('the pdf.js fallback reads what PDFium reads, with ruling lines from its paths', () => {
	afterEach(() => usePdfiumWasm());

	// One wrapped-number layout is enough here: the fallback differs only in where its rules come from.
	for (const [name, what] of [
		['quirk-pdf-wrapped-numbers-2024.pdf', 'joins numbers wrapped inside a narrow cell'],
		[
			'quirk-pdf-unreadable-headers-2024.pdf',
			'places numbers between vertical rules, headers unreadable'
		]
	])
		it(`${what}: ${name}`, async () => {
			const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8'));
			usePdfiumWasm(() => Promise.reject(new Error('no wasm here')));
			const result = await parseFile(name!, new Uint8Array(readFileSync(`${FIXTURES}/${name}`)));
			expect(result.report?.values).toEqual(expected.values);
		});
});
