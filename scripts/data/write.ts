import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FIELDS, META_COLUMNS, sqlType, type FieldId } from '../../src/lib/report';
import { buildDictionary } from '../../src/lib/dataset/dictionary';
import { COLUMN_IDS } from '../../src/lib/dataset/rows';
import { csvToParquet, openDuckDB } from './duckdb-io';
import type { NationalDataset } from './national';
import { VALIDATION_COLUMNS } from './validation';

const REGION_COLUMNS = [
	{ id: 'code', type: 'VARCHAR' },
	{ id: 'name', type: 'VARCHAR' },
	{ id: 'level', type: 'VARCHAR' },
	{ id: 'parent_code', type: 'VARCHAR' },
	{ id: 'province_code', type: 'VARCHAR' },
	{ id: 'name_en', type: 'VARCHAR' },
	{ id: 'pinyin', type: 'VARCHAR' },
	{ id: 'pinyin_initials', type: 'VARCHAR' }
] as const;

const REPORT_COLUMNS = [
	...META_COLUMNS.map((c) => ({ id: c.id, type: c.type })),
	...FIELDS.map((f) => ({ id: f.id, type: sqlType(f.id as FieldId) }))
];

/** UTF-8 with BOM so Excel opens the Chinese correctly; blank stays blank, never 0. */
function writeCsv(path: string, columns: readonly { id: string }[], rows: object[]): void {
	const fields = columns.map((c) => c.id);
	const data = rows.map((r) => fields.map((f) => (r as Record<string, unknown>)[f] ?? null));
	writeFileSync(path, '\ufeff' + Papa.unparse({ fields, data }, { newline: '\n' }) + '\n');
}

export async function writeDataset(dataset: NationalDataset, dir: string): Promise<void> {
	if (COLUMN_IDS.length !== REPORT_COLUMNS.length) throw new Error('report columns out of sync');
	const conn = await openDuckDB();
	const tables = [
		{ name: 'reports', columns: REPORT_COLUMNS, rows: dataset.reports.map((r) => r.row) },
		{ name: 'regions', columns: REGION_COLUMNS, rows: dataset.regions },
		{ name: 'validation', columns: VALIDATION_COLUMNS, rows: dataset.validation }
	];
	for (const t of tables) {
		const csv = join(dir, `${t.name}.csv`);
		writeCsv(csv, t.columns, t.rows);
		await csvToParquet(conn, csv, join(dir, `${t.name}.parquet`), t.columns);
	}
	writeFileSync(join(dir, 'dictionary.json'), JSON.stringify(buildDictionary(), null, '\t') + '\n');
	conn.closeSync();
}
