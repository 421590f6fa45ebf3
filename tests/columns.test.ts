import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS_DIR, serveColumns } from '../scripts/data/columns';
import { columnLoader, columnsIn, mergeColumnIpc } from '../src/lib/db/columns';
import { parquetToArrowIPC } from '../src/lib/db/parquet';
import { metric } from '../src/lib/metrics/metrics';
import { aggregateSql } from '../src/lib/queries/aggregates';
import { byYear } from '../src/lib/queries/by-year';
import { kpis } from '../src/lib/queries/kpis';
import { outcomes } from '../src/lib/queries/outcomes';
import { byProvince, byRegion, trend } from '../src/lib/queries/selection';
import type { Query } from '../src/lib/queries/sql';
import { DEFAULT_STATE, type ViewState } from '../src/lib/url/state';
import { KPI_METRICS } from '../src/lib/views/overview';
import { openDuckDB } from './helpers/duckdb';
import { wasmConnection } from './helpers/wasm';

type Wasm = Awaited<ReturnType<typeof wasmConnection>>;
const rows = (conn: Wasm, q: Query) =>
	conn
		.prepare(q.sql)
		.query(...q.params)
		.toArray()
		.map((r) => r.toJSON());

describe('columnsIn: the columns a query reads', () => {
	const cols = [
		'year',
		'scope',
		'n_reports',
		't3_new_received__total',
		'n__t3_new_received__total'
	];
	it('finds plain and quoted names, never a name that only contains another', () => {
		expect(
			columnsIn('SELECT year, SUM("n__t3_new_received__total") FROM t WHERE scope = ?', cols)
		).toEqual(['year', 'scope', 'n__t3_new_received__total']);
		expect(columnsIn('SELECT COUNT(*) FROM t', cols)).toEqual([]);
	});
	it('reads every column for a star', () => {
		expect(columnsIn('SELECT * FROM t', cols)).toEqual(cols);
		expect(columnsIn('SELECT year, r.* FROM t r', cols)).toEqual(cols);
	});
});

// The aggregate table of a lower level, built as the scale build builds it (aggregates.ts), here
// from the bundled reports of two provinces so the test needs no 1M dataset: the same 470 columns.
describe('a table loaded column by column answers as the whole table', () => {
	const dir = mkdtempSync(join(tmpdir(), 'columns-'));
	const table = 'agg_township';
	let whole: Wasm;
	let projected: Wasm;
	let files: Record<string, string>;
	const loaded: string[] = [];
	let requests = 0;
	let ensure: ReturnType<typeof columnLoader>;
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	beforeAll(async () => {
		mkdirSync(join(dir, 'parts'));
		const file = join(dir, 'parts', 'agg-township.parquet');
		const native = await openDuckDB();
		await native.run(
			`COPY (${aggregateSql(`(SELECT *, 'township' AS body_level FROM read_parquet('data/reports.parquet') WHERE province_code IN ('320000', '440000'))`)}) TO '${file}' (FORMAT parquet)`
		);
		native.closeSync();
		const manifest = {
			version: 1,
			partitions: [
				{ table, file: 'parts/agg-township.parquet', body_level: 'township', province: null },
				{ table: 'validation_township_11', file: 'parts/agg-township.parquet' }
			]
		};
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
		mkdirSync(join(dir, 'static', 'parts'), { recursive: true });
		writeFileSync(join(dir, 'static', 'manifest.json'), JSON.stringify(manifest));
		copyFileSync(file, join(dir, 'static', 'parts', 'agg-township.parquet'));
		// The build's step: one gzipped IPC file per column, listed in the served manifest.
		const r = await serveColumns(dir, join(dir, 'static'));
		expect(r.tables).toBe(1);
		const served = JSON.parse(readFileSync(join(dir, 'static', 'manifest.json'), 'utf8'));
		files = served.partitions[0].columns;
		expect(served.partitions[1].columns).toBeUndefined();
		// The split table's Parquet is not served (never read; the service worker would precache it).
		expect(existsSync(join(dir, 'static', 'parts', 'agg-township.parquet'))).toBe(false);
		expect(Object.keys(files).length).toBe(r.files);
		expect(Object.values(files).every((f) => f.startsWith(`${COLUMNS_DIR}/${table}/`))).toBe(true);
		// A second build reuses the split files (the index knows the Parquet file's hash).
		const split: string[] = [];
		await serveColumns(dir, join(dir, 'static'), (t) => split.push(t));
		expect(split).toEqual([]);

		whole = await wasmConnection();
		const bytes = readFileSync(file);
		whole.insertArrowFromIPCStream(
			await parquetToArrowIPC(
				bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
			),
			{ name: table, create: true }
		);
		projected = await wasmConnection();
		ensure = columnLoader(
			{
				insert: async (ipc, name) => {
					projected.insertArrowFromIPCStream(ipc, { name, create: true });
				},
				run: async (sql) => {
					projected.query(sql);
				}
			},
			async (list) => {
				loaded.push(...list);
				requests++;
				return mergeColumnIpc(list.map((f) => gunzipSync(readFileSync(join(dir, 'static', f)))));
			}
		);
	});

	const at = (patch: Partial<ViewState>): ViewState => ({
		...DEFAULT_STATE,
		body: 'township',
		level: 'county',
		...patch
	});
	const requestsMetric = metric('t3_new_received__total')!;
	const disclosure = metric('disclosure_rate')!;
	const views: Query[][] = [
		// A first view: its queries arrive together and load one batch.
		[
			trend(at({}), requestsMetric),
			byProvince(at({}), requestsMetric),
			byRegion(at({}), requestsMetric)
		],
		// Then filter changes that name new columns: each adds them to the loaded table.
		[
			byRegion(at({ parent: '320000' }), disclosure),
			byRegion(at({ parent: '440000' }), disclosure)
		],
		[kpis(at({ level: 'prefecture' }), KPI_METRICS), outcomes(at({}), 'year')],
		[byYear(at({ regions: ['320800', '440300'], level: 'prefecture' }), disclosure)]
	];

	it('gives the same rows for every view query, loading only the columns they name', async () => {
		const total = Object.keys(files).length;
		expect(total).toBeGreaterThan(400);
		for (const [i, queries] of views.entries()) {
			const before = requests;
			// The app starts fetching a view's columns while the engine starts.
			if (i === 0) for (const q of queries) ensure.prefetch(table, files, q.sql);
			await Promise.all(queries.map((q) => ensure.ensure(table, files, q.sql)));
			// Queries that arrive together are served by one request for all their columns (none
			// when an earlier view loaded them).
			expect(requests - before).toBe(i === views.length - 1 ? 0 : 1);
			for (const q of queries) {
				const want = rows(whole, q);
				expect(want.length).toBeGreaterThan(0);
				expect(rows(projected, q)).toEqual(want);
			}
		}
		const columns = rows(projected, {
			sql: `SELECT COUNT(*)::INTEGER AS n FROM duckdb_columns() WHERE table_name = '${table}'`,
			params: []
		})[0]!.n as number;
		// Each column fetched once, and a small part of the table.
		expect(new Set(loaded).size).toBe(loaded.length);
		expect(columns).toBe(loaded.length);
		expect(columns).toBeLessThan(total / 4);
		// No scratch table left behind.
		expect(
			rows(projected, {
				sql: `SELECT COUNT(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%__col%'`,
				params: []
			})[0]!.n
		).toBe(0);
	});

	it('a query naming a loaded column does not wait or fetch again', async () => {
		const before = loaded.length;
		await ensure.ensure(table, files, trend(at({}), requestsMetric).sql);
		expect(loaded.length).toBe(before);
	});
});
