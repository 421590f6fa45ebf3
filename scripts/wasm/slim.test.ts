import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSections, readExports, readImports, SECTION, type Section } from './module.mjs';
import {
	glueExportReads,
	glueWords,
	installedDuckdb,
	keepsExport,
	slimWasm,
	slimWasmFile
} from './slim.mjs';

describe('the glue', () => {
	it('names the exports it reads off the instance', () => {
		const glue = `wasmExports=relocateExports(wasmExports,1024);addOnInit(wasmExports.__wasm_call_ctors);
			_malloc=e=>(_malloc=wasmExports.malloc)(e);x=wasmExports["free"];wasmExportsX.no`;
		expect(glueExportReads(glue)).toEqual(['__wasm_call_ctors', 'free', 'malloc']);
	});

	it('keeps an export named in the glue (bare, after `_`, as orig$), a dynCall_ and a GOT import', () => {
		const words = glueWords('Module._duckdb_web_open=1;ccall("duckdb_web_query_run");memcpy');
		const got = new Set(['__heap_base']);
		const keeps = (name: string) => keepsExport({ name, kind: 0, index: 0 }, words, got);
		for (const name of [
			'duckdb_web_open',
			'duckdb_web_query_run',
			'memcpy',
			'orig$memcpy',
			'dynCall_jiji',
			'__heap_base'
		])
			expect(keeps(name), name).toBe(true);
		for (const name of ['duckdb_web_tokenize', '_ZN6duckdb8Executor4PushEv', 'orig$open'])
			expect(keeps(name), name).toBe(false);
	});
});

describe("DuckDB's eh module as installed", () => {
	const { wasm, glue } = installedDuckdb();
	const glueText = readFileSync(glue, 'utf8');
	const original = new Uint8Array(readFileSync(wasm));
	const slim = slimWasm(original, glueText);
	const [before, after] = [original, slim].map(parseSections);

	it('keeps every export the glue reads, and far fewer than it had', () => {
		const names = new Set(readExports(after!).map((e) => e.name));
		const reads = glueExportReads(glueText);
		// The glue's start-up and DuckDB's API: a glue with none would make this test vacuous.
		expect(reads).toEqual(
			expect.arrayContaining(['__wasm_call_ctors', 'malloc', 'duckdb_web_open'])
		);
		expect(reads.filter((n) => !names.has(n))).toEqual([]);
		expect(names.size).toBeLessThan(readExports(before!).length / 20);
	});

	it('changes nothing but the export section', () => {
		// Digests: vitest's deep equality walks 24 MB of code byte by byte for minutes.
		const digests = (sections: Section[]) =>
			sections
				.filter((s) => s.id !== SECTION.export)
				.map((s) => `${s.id}:${createHash('sha256').update(s.payload).digest('hex')}`);
		expect(digests(after!)).toEqual(digests(before!));
		expect(readImports(after!)).toEqual(readImports(before!));
		expect(WebAssembly.validate(slim)).toBe(true);
	});
});

describe('the cached file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ogi-wasm-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	// A stand-in module and glue: the cache's keying, not DuckDB.
	const inputs = (glue: string) => {
		writeFileSync(join(dir, 'm.wasm'), Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
		writeFileSync(join(dir, 'glue.js'), glue);
		return { wasm: join(dir, 'm.wasm'), glue: join(dir, 'glue.js') };
	};

	it('is written once per input and named like the original', () => {
		const first = slimWasmFile(inputs('a'), join(dir, 'cache'));
		expect(first).toMatch(/[/\\]duckdb-eh\.wasm$/);
		writeFileSync(first, 'kept');
		expect(slimWasmFile(inputs('a'), join(dir, 'cache'))).toBe(first);
		expect(readFileSync(first, 'utf8')).toBe('kept');
		expect(slimWasmFile(inputs('b'), join(dir, 'cache'))).not.toBe(first);
	});
});
