/**
 * Which source modules the landing route's JS is made of (a developer's tool, not part of the build
 * or the bench): per module, its minified bytes in the built chunks, its brotli size on its own, and
 * (`--loo N`, for the N largest) what leaving it out of its chunk saves after brotli — a module's
 * real cost, since brotli shares strings across the chunk.
 *
 * Usage: npx vite build --sourcemap && node scripts/dev/landing-attribution.mjs [--top 30] [--loo 40]
 *        [--group] (by package and src/lib folder) [--json file]
 * The landing files are those build/index.html names (as scripts/bench.ts counts them); their maps
 * come from .svelte-kit/output/client. Build again without --sourcemap before `npm run bench`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { LANDING_COMPILE_HINT } from '../landing-chunk.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const TOP = Number(opt('--top', 30));
const LOO = Number(opt('--loo', 0));
const GROUP = args.includes('--group');
const JSON_OUT = opt('--json');
const CLIENT = '.svelte-kit/output/client';

const br = (s) => brotliCompressSync(Buffer.from(s)).length;
const bytes = (s) => Buffer.byteLength(s);

/** The landing route's JS files, as scripts/bench.ts picks them from build/index.html. */
function landingFiles() {
	const html = readFileSync('build/index.html', 'utf8');
	const files = [...html.matchAll(/\/_app\/immutable\/[\w/.-]+?\.js/g)].map((m) => m[0]);
	return [...new Set(files)].filter((f) => !/duckdb-browser/.test(f));
}

/** A source path as a short name: the package path in node_modules, else the repo path. */
function shortName(source, mapFile) {
	const abs = resolve(join(mapFile, '..'), source);
	const nm = abs.lastIndexOf('node_modules/');
	return nm >= 0 ? abs.slice(nm + 'node_modules/'.length) : relative(process.cwd(), abs);
}

/** The package (or src/lib folder) a module belongs to, for --group. */
function groupOf(name) {
	if (name.startsWith('@')) return name.split('/').slice(0, 2).join('/');
	if (name.startsWith('echarts/')) return name.split('/').slice(0, 3).join('/');
	if (name.startsWith('zrender/')) return name.split('/').slice(0, 3).join('/');
	if (name.startsWith('src/lib/')) return name.split('/').slice(0, 3).join('/');
	return name.split('/')[0];
}

/** Splits a chunk's code into the pieces each mapped source produced (code units → source name). */
function piecesBySource(code, map, mapFile) {
	const names = map.sources.map((s) => shortName(s, mapFile));
	const lines = code.split('\n');
	const decoded = decode(map.mappings);
	// The compile hint is put on the landing chunk's first line after the map was made.
	if (code.startsWith(`${LANDING_COMPILE_HINT}\n`)) decoded.unshift([]);
	const out = new Map();
	const add = (name, text) => {
		if (text) out.set(name, (out.get(name) ?? '') + text);
	};
	let current = '(unmapped)';
	lines.forEach((line, i) => {
		const segs = decoded[i] ?? [];
		let at = 0;
		for (const seg of segs) {
			add(current, line.slice(at, seg[0]));
			at = seg[0];
			current = seg.length > 1 ? names[seg[1]] : '(unmapped)';
		}
		add(current, line.slice(at) + (i < lines.length - 1 ? '\n' : ''));
	});
	return out;
}

const rows = [];
let total = 0;
for (const file of landingFiles()) {
	const path = join(CLIENT, file);
	const code = readFileSync(path, 'utf8');
	const whole = br(code);
	total += whole;
	if (!existsSync(`${path}.map`)) {
		rows.push({ name: `${file} (no map)`, file, min: bytes(code), br: whole, loo: whole });
		continue;
	}
	const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
	const pieces = piecesBySource(code, map, path);
	const sorted = [...pieces].sort((a, b) => bytes(b[1]) - bytes(a[1]));
	for (const [name, text] of sorted) {
		const row = { name, file, min: bytes(text), br: br(text) };
		rows.push(row);
	}
	// Leave-one-out: the chunk's brotli size without one module's pieces. Pieces are concatenated
	// per source, so the order differs from the chunk's: the baseline is measured the same way.
	if (LOO > 0) {
		const top = new Set(sorted.slice(0, LOO).map(([n]) => n));
		const base = br([...pieces.values()].join(''));
		for (const row of rows.filter((r) => r.file === file && top.has(r.name)))
			row.loo =
				base -
				br(
					[...pieces]
						.filter(([name]) => name !== row.name)
						.map(([, text]) => text)
						.join('')
				);
	}
}

const grouped = GROUP
	? [
			...rows
				.reduce((m, r) => {
					const g = groupOf(r.name);
					const at = m.get(g) ?? { name: g, min: 0, br: 0, loo: 0, modules: 0 };
					at.min += r.min;
					at.br += r.br;
					at.loo += r.loo ?? 0;
					at.modules++;
					return m.set(g, at);
				}, new Map())
				.values()
		]
	: rows;
const list = grouped.sort((a, b) => b.min - a.min).slice(0, TOP);
const minTotal = rows.reduce((s, r) => s + r.min, 0);
console.log(`landing route JS: ${total} bytes brotli (files whole), ${minTotal} bytes minified`);
console.log(
	`${'minified'.padStart(9)} ${'br alone'.padStart(9)} ${'br saved'.padStart(9)}  module`
);
for (const r of list)
	console.log(
		`${String(r.min).padStart(9)} ${String(r.br).padStart(9)} ${String(r.loo ?? '').padStart(9)}  ${r.name}${r.modules ? ` (${r.modules})` : ''}`
	);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(rows, null, '\t'));
