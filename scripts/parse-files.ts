/** Reading report files for the parser CLI (Node only): which paths, and each one safely. */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { FIELD_IDS } from '../src/lib/report';
import { MAX_BYTES, parseFile } from '../src/lib/parse/input';
import type { ParseOptions, ParseResult } from '../src/lib/parse/index';

const REPORT_FILE = /\.(txt|md|markdown|html?|docx|pdf)$/i;

const failed = (message: string): ParseResult => ({
	ok: false,
	report: null,
	issues: [{ rule: 'parse.unreadable', level: 'error', path: '', message }]
});

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((e) => {
			const path = join(dir, e.name);
			if (e.isDirectory()) return walk(path);
			return e.isFile() && REPORT_FILE.test(e.name) ? [path] : [];
		});
}

const globToRegExp = (pattern: string) =>
	new RegExp(
		'^' +
			pattern
				.replace(/[.+^${}()|\\]/g, '\\$&')
				.replace(/\*/g, '[^/]*')
				.replace(/\?/g, '[^/]') +
			'$'
	);

/**
 * The files an argument names: a directory gives its report files (recursively, sorted), a quoted
 * glob (`'data/*.pdf'`, `'dir/**' + '/*.pdf'`) the files it matches; anything else is itself, so
 * that a missing file, a pipe or a device still gets its own answer.
 */
export function expandArgument(arg: string): string[] {
	try {
		if (statSync(arg).isDirectory()) return walk(arg);
	} catch {
		/* not a directory: maybe a glob, else the path itself */
	}
	if (!/[*?]/.test(arg)) return [arg];
	const recursive = arg.includes('**/');
	const root = arg.slice(0, arg.search(/[^/]*[*?]/)).replace(/\/\*\*\/$/, '/') || '.';
	const pattern = globToRegExp(basename(arg));
	let candidates: string[];
	try {
		candidates = recursive
			? walk(root)
			: readdirSync(dirname(arg)).map((f) => join(dirname(arg), f));
	} catch {
		return [arg];
	}
	const matches = candidates.filter((f) => pattern.test(basename(f))).sort();
	return matches.length ? matches : [arg];
}

/** One file, never thrown: regular files only (a directory, pipe or device is refused unread). */
export async function parsePath(file: string, opts: ParseOptions): Promise<ParseResult> {
	let stat;
	try {
		stat = statSync(file);
	} catch {
		return failed(`文件不存在或无法打开：${file}（file not found）`);
	}
	if (stat.isDirectory()) return failed(`这是一个文件夹，不是文件：${file}（a directory）`);
	if (!stat.isFile())
		return failed(
			`不是普通文件（可能是管道、设备或套接字），未读取：${file}（not a regular file）`
		);
	if (stat.size > MAX_BYTES) return parseFile(file, new Uint8Array(MAX_BYTES + 1), opts);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(file));
	} catch (error) {
		return failed(`无法读取文件：${file}：${(error as Error).message}（read error）`);
	}
	return parseFile(file, bytes, opts);
}

/**
 * The CSV of a batch: one row per file, the canonical columns, a BOM for spreadsheets. Text cells
 * starting with = + - @ are prefixed with ' so that a spreadsheet never runs them as formulas.
 */
export function toCsv(results: (ParseResult & { file: string })[]): string {
	const columns = [
		'file',
		'ok',
		'organ_name',
		'year',
		'format_version',
		'region_code',
		'issues',
		...FIELD_IDS
	];
	const rows = results.map((r) => [
		r.file,
		r.ok,
		r.report?.organ_name ?? '',
		r.report?.year ?? '',
		r.report?.format_version ?? '',
		r.report?.region_code ?? '',
		r.issues.map((i) => `${i.rule}: ${i.message}`).join(' | '),
		...FIELD_IDS.map((id) => r.report?.values[id] ?? '')
	]);
	return (
		'\ufeff' +
		Papa.unparse({ fields: columns, data: rows }, { newline: '\n', escapeFormulae: true }) +
		'\n'
	);
}

/**
 * The parser worker (scripts/parse-worker.ts) as one plain-JS file, bundled once per run: a worker
 * then starts without tsx's loader, which cost about 2 s per worker (every module transformed and
 * resolved through a loader thread). Packages stay external (resolved from node_modules). Falls
 * back to the tsx entry if bundling fails.
 */
export async function workerEntry(): Promise<URL> {
	const fallback = new URL('./parse-worker.mjs', import.meta.url);
	try {
		const { build } = await import('esbuild');
		const dir = new URL('../node_modules/.cache/ogi-parse/', import.meta.url);
		mkdirSync(dir, { recursive: true });
		const out = new URL(`worker-${process.pid}.mjs`, dir);
		await build({
			entryPoints: [fileURLToPath(new URL('./parse-worker.ts', import.meta.url))],
			outfile: fileURLToPath(out),
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			packages: 'external',
			alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) },
			logLevel: 'silent'
		});
		process.once('exit', () => rmSync(out, { force: true }));
		return out;
	} catch {
		return fallback;
	}
}
