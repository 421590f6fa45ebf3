/**
 * `npm run bench -- --scale --node`: the engine alone at both scales, side by side (the browser
 * figures are scripts/bench-scale.ts').
 * For each dataset (the bundled `data/`, the national `data/scale/` from `npm run data -- --scale`)
 * and each view query of a fixed list (governments, and departments / townships where the data has
 * them), it loads exactly the tables the query's partition selection names — through the app's own
 * loader path (hyparquet → Arrow IPC → DuckDB-wasm) — and runs the query on DuckDB-wasm and on
 * native DuckDB over the same Parquet files. Prints load time, bytes fetched, query medians, the
 * wasm/native ratio, and the process memory after loading (wasm + JS heap: a proxy for a tab's).
 * Node, not a browser: it isolates the engine from page rendering.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { partitionFile, partitionOf } from '../src/lib/dataset/partitions';
import { parquetToArrowIPC } from '../src/lib/db/parquet';
import { metric } from '../src/lib/metrics/metrics';
import { byYear } from '../src/lib/queries/by-year';
import { kpis } from '../src/lib/queries/kpis';
import { outcomes } from '../src/lib/queries/outcomes';
import { byProvince, byRegion, trend } from '../src/lib/queries/selection';
import type { Query } from '../src/lib/queries/sql';
import { DEFAULT_STATE, type ViewState } from '../src/lib/url/state';
import { KPI_METRICS } from '../src/lib/views/overview';
import { wasmConnection } from '../tests/helpers/wasm';
import { median } from './bench-stats';

const RUNS = 7;
const requests = metric('t3_new_received__total')!;
const disclosure = metric('disclosure_rate')!;

interface Case {
	name: string;
	query: Query;
	/** Needs the scale dataset's lower bodies. */
	lower?: boolean;
}

const at = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });
const CASES: Case[] = [
	{ name: 'overview kpis', query: kpis(at({}), KPI_METRICS) },
	{ name: 'overview map', query: byProvince(at({}), requests) },
	{ name: 'rank counties', query: byRegion(at({ level: 'county' }), disclosure) },
	{ name: 'compare 5 regions', query: byYear(at({}), requests) },
	{ name: 'requests outcomes', query: outcomes(at({}), 'year') },
	...(['department', 'township'] as const).flatMap((body) => [
		{
			name: `${body}: national trend`,
			query: trend(at({ body, level: 'county' }), requests),
			lower: true
		},
		{
			name: `${body}: map`,
			query: byProvince(at({ body, level: 'county' }), requests),
			lower: true
		},
		{
			name: `${body}: rank counties`,
			query: byRegion(at({ body, level: 'county', parent: '320000' }), disclosure),
			lower: true
		},
		{
			name: `${body}: bodies of 洪泽区`,
			query: byRegion(at({ body, level: 'county', parent: '320813' }), disclosure),
			lower: true
		}
	])
];

const tablesOf = (sql: string) => [
	...new Set([...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)/gi)].map((m) => m[1]!))
];
const fileOf = (dir: string, table: string) => {
	const key = partitionOf(table);
	return join(dir, key ? partitionFile(key) : `${table}.parquet`);
};
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

interface Row {
	name: string;
	tables: string;
	bytes: number;
	loadMs: number;
	wasmMs: number;
	nativeMs: number;
	rows: number;
}

async function benchDataset(
	dir: string,
	withLower: boolean
): Promise<{ rows: Row[]; rss: number }> {
	const conn = await wasmConnection();
	// One thread, like DuckDB-wasm: the ratio compares engines, not core counts.
	const native = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	const loaded = new Set<string>();
	const out: Row[] = [];
	for (const c of CASES) {
		if (c.lower && !withLower) continue;
		const tables = tablesOf(c.query.sql);
		let bytes = 0;
		const t0 = performance.now();
		for (const t of tables) {
			const file = fileOf(dir, t);
			bytes += statSync(file).size;
			if (loaded.has(t)) continue;
			const b = readFileSync(file);
			const ipc = await parquetToArrowIPC(
				b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
			);
			conn.insertArrowFromIPCStream(ipc, { name: t, create: true });
			await native.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${file}')`);
			loaded.add(t);
		}
		const loadMs = performance.now() - t0;
		const wasm: number[] = [];
		const nat: number[] = [];
		let rows = 0;
		const stmt = conn.prepare(c.query.sql);
		for (let i = 0; i < RUNS; i++) {
			let s = performance.now();
			rows = stmt.query(...c.query.params).numRows;
			wasm.push(performance.now() - s);
			s = performance.now();
			await native.runAndReadAll(c.query.sql, c.query.params as DuckDBValue[]);
			nat.push(performance.now() - s);
		}
		stmt.close();
		out.push({
			name: c.name,
			tables: tables.join(' '),
			bytes,
			loadMs,
			wasmMs: median(wasm),
			nativeMs: median(nat),
			rows
		});
	}
	return { rows: out, rss: process.memoryUsage().rss };
}

const scaleDir = join('data', 'scale');
const hasScale = existsSync(join(scaleDir, 'manifest.json'));
if (!hasScale)
	console.error(
		'data/scale/ 没有规模数据：先运行 npm run data -- --scale（only data/ is benched）'
	);
const sets = [{ label: 'bundled', dir: 'data', lower: false }];
if (hasScale) sets.push({ label: 'scale', dir: scaleDir, lower: true });
const results = new Map<string, Row[]>();
for (const s of sets) {
	const r = await benchDataset(s.dir, s.lower);
	results.set(s.label, r.rows);
	const manifest = s.lower
		? (JSON.parse(readFileSync(join(s.dir, 'manifest.json'), 'utf8')) as {
				reports: Record<string, number>;
			})
		: null;
	const total = manifest ? Object.values(manifest.reports).reduce((a, b) => a + b, 0) : null;
	console.log(
		`\n${s.label} (${s.dir}${total ? `, ${total} reports` : ''}): process RSS after all loads ${mb(r.rss)}`
	);
	console.table(
		r.rows.map((x) => ({
			query: x.name,
			tables: x.tables,
			fetched: mb(x.bytes),
			'load ms (hyparquet→wasm)': Math.round(x.loadMs),
			'wasm ms': +x.wasmMs.toFixed(1),
			'native ms': +x.nativeMs.toFixed(1),
			ratio: `${(x.wasmMs / Math.max(0.01, x.nativeMs)).toFixed(1)}×`,
			rows: x.rows
		}))
	);
}
if (results.size === 2) {
	const [a, b] = [results.get('bundled')!, results.get('scale')!];
	console.log('\nside by side (query median ms, wasm / native):');
	console.table(
		b.map((x) => {
			const y = a.find((r) => r.name === x.name);
			return {
				query: x.name,
				bundled: y ? `${y.wasmMs.toFixed(1)} / ${y.nativeMs.toFixed(1)}` : '—',
				scale: `${x.wasmMs.toFixed(1)} / ${x.nativeMs.toFixed(1)}`,
				'scale ratio': `${(x.wasmMs / Math.max(0.01, x.nativeMs)).toFixed(1)}×`
			};
		})
	);
}
