/**
 * Restores the published CSVs of a dataset directory from its Parquet files, byte for byte as
 * `npm run data` writes them (it reads each Parquet file from that CSV, so the values round-trip).
 * A fresh clone has the Parquet files in git but not the CSVs (git-ignored): this takes seconds
 * where regenerating the dataset takes half a minute of CPU. Every CSV is checked against the
 * directory's SHA256SUMS before any is written; on a difference it writes nothing and exits 1,
 * and the caller regenerates the dataset (scripts/sync-static-data.mjs).
 *
 * Usage: tsx scripts/data/csv-from-parquet.ts [dataDir]   (default data)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvHeader, csvRows } from '../../src/lib/dataset/csv';
import {
	REGION_COLUMNS,
	REPORT_COLUMNS,
	VALIDATION_COLUMNS,
	type Columns
} from '../../src/lib/dataset/tables';
import { TEXT_COLUMNS } from '../../src/lib/dataset/texts';

const TABLES: Record<string, Columns> = {
	reports: REPORT_COLUMNS,
	regions: REGION_COLUMNS,
	validation: VALIDATION_COLUMNS,
	texts: TEXT_COLUMNS
};
const dir = process.argv[2] ?? 'data';
const sums = new Map(
	readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => line.split(/\s+/).reverse() as [string, string])
);
const conn = await (await DuckDBInstance.create(':memory:')).connect();
const restored = new Map<string, string>();
for (const [table, columns] of Object.entries(TABLES)) {
	const file = `${table}.csv`;
	const reader = await conn.runAndReadAll(
		`SELECT ${columns.map((c) => `"${c.id}"`).join(', ')} FROM read_parquet('${join(dir, `${table}.parquet`)}')`
	);
	const text = csvHeader(columns) + csvRows(columns, reader.getRowObjectsJson());
	if (createHash('sha256').update(text).digest('hex') !== sums.get(file)) {
		console.error(`${file}: 由 Parquet 还原的内容与 SHA256SUMS 不符（${file} from Parquet differs)`);
		process.exit(1);
	}
	restored.set(file, text);
}
for (const [file, text] of restored) writeFileSync(join(dir, file), text);
console.log(`${[...restored.keys()].join(', ')} restored from Parquet in ${dir}/`);
