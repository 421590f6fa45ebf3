// Plain JavaScript: vite.config.ts imports it, and Vite loads the config with Node's own loader.

/**
 * DuckDB's eh wasm as the app serves it: the same module with only the exports its JS glue can
 * reach. duckdb-wasm builds it as an Emscripten MAIN_MODULE (for extensions, which this app never
 * loads: no network at run time), so it exports 75k symbols (a 7.4 MB export section), and at
 * start-up the glue's dynamic linker puts every exported function into the function table
 * (`relocateExports` → `updateGOT` → `addFunction`: 65k table grows). With the ≈ 300 exports the
 * glue names, the module is 26.8 MB instead of 34.2 MB (5.1 MB brotli instead of 5.9) and DuckDB
 * is instantiated ≈ 0.7–1 s sooner on the bench's machine (scripts/dev/engine-ab.ts). Code, data,
 * imports and tables are left as they are, byte for byte.
 *
 * The slim file is cached under node_modules/.cache/ogi-wasm by the hash of its inputs and
 * `SLIM_VERSION`; vite.config.ts serves it in place of the installed file (`duckdbSlimWasm`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { keepExports, parseSections, readImports } from './module.mjs';

/** Bump when what `slimWasm` keeps changes: the cache key includes it. */
export const SLIM_VERSION = 1;

/** The import the app's client (src/lib/db/client.ts) names, and the glue that runs that module. */
const WASM = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';
const GLUE = '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';

/**
 * Every identifier and every word inside a string of the glue. A wasm export is reachable from the
 * glue only by a name written in it: `wasmExports.malloc`, `Module._duckdb_web_open` (an export's
 * name with `_` before it), `ccall("duckdb_web_open")`, or a list of names it keeps aside.
 * @param {string} glue
 */
export function glueWords(glue) {
	return new Set(glue.match(/[A-Za-z_$][\w$]*/g));
}

/**
 * The exports the glue reads off the instance by name (`wasmExports.X`, `wasmExports["X"]`): the
 * ones it calls or installs at start-up. A subset of what `slimWasm` keeps; the tests check it.
 * @param {string} glue
 * @returns {string[]}
 */
export function glueExportReads(glue) {
	const names = new Set();
	for (const m of glue.matchAll(
		/\bwasmExports(?:\.([A-Za-z_$][\w$]*)|\[\s*["']([^"']+)["']\s*\])/g
	))
		names.add(m[1] ?? m[2]);
	return [...names].sort();
}

/**
 * Whether an export stays: its name (without the `orig$` of a legalised i64 variant) is a word of
 * the glue, alone or after `_`; or it is a `dynCall_` (the glue registers those by prefix, for
 * calls through the table with i64 arguments); or the module itself imports it back through its
 * GOT (`GOT.mem`/`GOT.func`, resolved against the exports when no side module is loaded).
 * @param {import('./module.mjs').Export} e
 * @param {Set<string>} words
 * @param {Set<string>} gotNames
 */
export function keepsExport(e, words, gotNames) {
	const name = e.name.startsWith('orig$') ? e.name.slice(5) : e.name;
	return (
		words.has(name) || words.has(`_${name}`) || name.startsWith('dynCall_') || gotNames.has(name)
	);
}

/**
 * The module with only the exports its glue can reach (`keepsExport`).
 * @param {Uint8Array} wasm
 * @param {string} glue
 */
export function slimWasm(wasm, glue) {
	const words = glueWords(glue);
	const gotNames = new Set(
		readImports(parseSections(wasm))
			.filter((i) => i.module === 'GOT.mem' || i.module === 'GOT.func')
			.map((i) => i.field)
	);
	return keepExports(wasm, (e) => keepsExport(e, words, gotNames));
}

const require = createRequire(import.meta.url);

/** The installed eh wasm and its glue, as files. */
export function installedDuckdb() {
	return { wasm: require.resolve(WASM), glue: require.resolve(GLUE) };
}

/**
 * The slim wasm's path, written once per input (cache key: the wasm's and the glue's bytes and
 * `SLIM_VERSION`). The file keeps the name `duckdb-eh.wasm`, so the built asset is
 * `duckdb-eh.<hash>.wasm` as before (service worker routes, precompression).
 * @param {{ wasm: string, glue: string }} [inputs]
 * @param {string} [cacheRoot]
 */
export function slimWasmFile(
	inputs = installedDuckdb(),
	cacheRoot = join(process.cwd(), 'node_modules/.cache/ogi-wasm')
) {
	const wasm = readFileSync(inputs.wasm);
	const glue = readFileSync(inputs.glue, 'utf8');
	const key = createHash('sha256')
		.update(`${SLIM_VERSION}\0`)
		.update(wasm)
		.update('\0')
		.update(glue)
		.digest('hex')
		.slice(0, 16);
	const out = join(cacheRoot, key, 'duckdb-eh.wasm');
	if (!existsSync(out)) {
		mkdirSync(dirname(out), { recursive: true });
		// Written aside and renamed: a build killed halfway never leaves a truncated module behind.
		writeFileSync(`${out}.tmp`, slimWasm(wasm, glue));
		renameSync(`${out}.tmp`, out);
	}
	return out;
}

/**
 * Serves the slim module wherever the app imports `@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url`
 * (the build, the e2e build, the dev server and vitest alike). The mvp module, for browsers
 * without wasm exceptions, is served as installed.
 * @returns {import('vite').Plugin}
 */
export function duckdbSlimWasm() {
	/** @type {string | undefined} */
	let file;
	return {
		name: 'ogi-duckdb-slim-wasm',
		enforce: 'pre',
		resolveId(source) {
			if (source !== `${WASM}?url`) return null;
			file ??= slimWasmFile();
			return `${file}?url`;
		}
	};
}
