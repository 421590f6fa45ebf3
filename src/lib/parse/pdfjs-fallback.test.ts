import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from './input';
import { usePdfiumWasm } from './pdfium';

const FIXTURES = 'tests/fixtures/reports';

describe('the pdf.js fallback reads what PDFium reads', () => {
	afterEach(() => usePdfiumWasm());

	it('places numbers between vertical ruling lines from pdf.js paths when headers are unreadable', async () => {
		const name = 'quirk-pdf-unreadable-headers-2024.pdf';
		const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8'));
		usePdfiumWasm(() => Promise.reject(new Error('no wasm here')));
		const result = await parseFile(name, new Uint8Array(readFileSync(`${FIXTURES}/${name}`)));
		expect(result.report?.values).toEqual(expected.values);
	});

	// One wrapped-number layout is enough here: the fallback differs only in where its rules come from.
	for (const name of ['quirk-pdf-wrapped-numbers-2024.pdf'])
		it(`joins numbers wrapped inside a narrow cell, with rules from pdf.js's paths: ${name}`, async () => {
			const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8'));
			usePdfiumWasm(() => Promise.reject(new Error('no wasm here')));
			const result = await parseFile(name, new Uint8Array(readFileSync(`${FIXTURES}/${name}`)));
			expect(result.report?.values).toEqual(expected.values);
		});
});
