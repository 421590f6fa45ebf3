/**
 * Writes the fast-path files a shared link draws its first charts from before DuckDB-wasm is up
 * (the way Our World in Data serves one file per indicator): one small JSON file per column of
 * `reports` (dictionary-coded when it is text), plus the regions table, in the order of the
 * published Parquet (the order DuckDB scans, so sums add in the same order). File names carry a
 * content hash, so a cached copy is never mixed with a newer one; `manifest.json` names them.
 *
 * Usage: tsx scripts/data/fast.ts [dataDir] [outDir]   (default data → static/data/fast)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Manifest } from '../../src/lib/dataset/partitions';
import { FIELD_IDS, META_COLUMNS } from '../../src/lib/report';
import { regionFindings } from '../../src/lib/queries/region';
import { allRegions } from '../../src/lib/queries/regions';
import { REGION_SHARD } from '../../src/lib/state/fast/region';
import type { FastLevel, FastManifest } from '../../src/lib/state/fast/columns';
import { writeIpc } from './ipc';

/** Meta columns the evaluator filters and groups on (text ones are dictionary-coded). */
const KEYS = [
	'region_code',
	'region_name',
	'region_level',
	'province_code',
	'parent_code',
	'year',
	'format_version',
	'scope',
	'data_origin',
	'hard_ok'
] as const;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

type Value = string | number | boolean | null;

/**
 * One column as the evaluator reads it: text dictionary-coded (sorted distinct values, and each
 * row's index into them), booleans as 0/1, numbers as they are; `null` stays null (a blank).
 */
export function encodeColumn(
	values: readonly Value[],
	type: string
): { data: (number | null)[] | readonly Value[]; dict?: string[] } {
	if (type === 'VARCHAR') {
		const dict = [...new Set(values.filter((v) => v !== null) as string[])].sort();
		const index = new Map(dict.map((d, i) => [d, i]));
		return { data: values.map((v) => (v === null ? null : index.get(v as string)!)), dict };
	}
	if (type === 'BOOLEAN') return { data: values.map((v) => (v === null ? null : v ? 1 : 0)) };
	return { data: values };
}

async function columnValues(conn: DuckDBConnection, table: string, name: string) {
	const reader = await conn.runAndReadAll(`SELECT "${name}" AS v FROM ${table}`);
	return reader.getColumnsObjectJson().v as Value[];
}

/**
 * The lower levels' fast files: every column of each level's sums by region × year × scope
 * (`agg_<level>`, scripts/data/scale.ts), in the Parquet file's row order, the order the engine's
 * table has (its column files come from the same file). A department or township link that reads
 * those sums draws from them as a government link does from `reports`. Only a dataset whose
 * manifest lists aggregate partitions (the scale dataset) has any; the bundled one has none.
 * `write(name, text)` stores one file; names are `<level>:<column>`.
 */
export async function writeLevels(
	dataDir: string,
	write: (name: string, text: string) => void
): Promise<Record<string, FastLevel>> {
	const path = join(dataDir, 'manifest.json');
	if (!existsSync(path)) return {};
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
	const levels: Record<string, FastLevel> = {};
	const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	for (const p of manifest.partitions ?? []) {
		const level = /^agg_([a-z]+)$/.exec(p.table)?.[1];
		if (!level) continue;
		await conn.run(
			`CREATE OR REPLACE TABLE agg AS SELECT * FROM read_parquet('${join(dataDir, p.file)}')`
		);
		const columns = (await conn.runAndReadAll('DESCRIBE agg')).getRowObjectsJson() as {
			column_name: string;
			column_type: string;
		}[];
		const dicts: Record<string, string[]> = {};
		for (const c of columns) {
			const { data, dict } = encodeColumn(
				await columnValues(conn, 'agg', c.column_name),
				c.column_type
			);
			if (dict) dicts[c.column_name] = dict;
			write(`${level}:${c.column_name}`, JSON.stringify(data));
		}
		const rows = Number((await conn.runAndReadAll('SELECT count(*) FROM agg')).getRows()[0]![0]);
		levels[level] = { rows, dicts };
	}
	conn.closeSync();
	return levels;
}

export async function writeFast(dataDir: string, outDir: string): Promise<FastManifest> {
	const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	await conn.run(
		`CREATE TABLE reports AS SELECT * FROM read_parquet('${join(dataDir, 'reports.parquet')}')`
	);
	for (const t of ['regions', 'validation'])
		await conn.run(
			`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dataDir, `${t}.parquet`)}')`
		);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(join(outDir, 'c'), { recursive: true });
	mkdirSync(join(outDir, 'common'), { recursive: true });
	const files: Record<string, string> = {};
	const dicts: Record<string, string[]> = {};
	// Files every view reads go to common/ (the service worker precaches them), the rest to c/.
	const common = new Set<string>([...KEYS, 'regions', 'failures']);
	const write = (name: string, text: string) => {
		const dir = common.has(name) ? 'common' : 'c';
		const file = `${dir}/${name.replace(':', '-')}.${hash(text)}.json`;
		writeFileSync(join(outDir, file), text);
		files[name] = file;
	};
	const types = new Map<string, string>(META_COLUMNS.map((c) => [c.id, c.type]));
	for (const name of [...KEYS, ...FIELD_IDS]) {
		const { data, dict } = encodeColumn(
			await columnValues(conn, 'reports', name),
			name === 'hard_ok' ? 'BOOLEAN' : (types.get(name) ?? '')
		);
		if (dict) dicts[name] = dict;
		write(name, JSON.stringify(data));
	}
	const rows = (await conn.runAndReadAll(allRegions().sql)).getRowObjectsJson();
	write('regions', JSON.stringify(rows));
	// Error-level failing validation rows as [row of the report in published order, rule].
	const failures = await conn.runAndReadAll(
		`SELECT r.rowid::INTEGER, v.rule FROM validation v JOIN reports r USING (report_id)
		 WHERE v.outcome = 'fail' AND v.level = 'error' ORDER BY r.rowid, v.rule`
	);
	write('failures', JSON.stringify(failures.getRowsJson()));
	// Region profiles: every report (all columns) and finding of the regions sharing a code prefix,
	// in the profile queries' order, so one small file opens any region's profile.
	// The findings query of one region, for every region (same columns and order, plus the code).
	const findings = regionFindings('?')
		.sql.replace('SELECT v.report_id', 'SELECT r.region_code, v.report_id')
		.replace('WHERE r.region_code = ? AND', 'WHERE')
		.replace('ORDER BY r.year', 'ORDER BY r.region_code, r.year');
	const all = (
		await conn.runAndReadAll('SELECT * FROM reports ORDER BY region_code, year, scope')
	).getRowObjectsJson();
	const found = (await conn.runAndReadAll(findings)).getRowObjectsJson();
	const shards = new Map<string, { reports: unknown[]; findings: unknown[] }>();
	const shardOf = (code: unknown) => {
		const key = String(code).slice(0, REGION_SHARD);
		let shard = shards.get(key);
		if (!shard) shards.set(key, (shard = { reports: [], findings: [] }));
		return shard;
	};
	for (const r of all) shardOf(r.region_code).reports.push(r);
	for (const f of found) shardOf(f.region_code).findings.push(f);
	for (const [key, shard] of shards) write(`region:${key}`, JSON.stringify(shard));
	const count = Number((await conn.runAndReadAll('SELECT count(*) FROM reports')).getRows()[0]![0]);
	conn.closeSync();
	const levels = await writeLevels(dataDir, write);
	const body = { rows: count, dicts, files, ...(Object.keys(levels).length ? { levels } : {}) };
	const manifest: FastManifest = { version: hash(JSON.stringify(body)), ...body };
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest));
	return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dataDir = 'data', outDir = 'static/data/fast'] = process.argv.slice(2);
	const t0 = performance.now();
	const m = await writeFast(dataDir, outDir);
	console.log(
		`fast path: ${Object.keys(m.files).length} files for ${m.rows} reports in ${outDir} (${Math.round(performance.now() - t0)} ms)`
	);
	// The engine's tables as Arrow IPC, beside the fast files (the build runs this script).
	const t1 = performance.now();
	const ipc = await writeIpc(dataDir, dirname(outDir));
	console.log(
		`arrow ipc: ${Object.keys(ipc).length} tables in ${dirname(outDir)}/ipc (${Math.round(performance.now() - t1)} ms)`
	);
}
