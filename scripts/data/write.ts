import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FIELDS, META_COLUMNS, sqlType, type FieldId } from '../../src/lib/report';
import { buildDictionary } from '../../src/lib/dataset/dictionary';
import type { Region } from '../../src/lib/dataset/regions';
import { COLUMN_IDS } from '../../src/lib/dataset/rows';
import type { Defect } from '../../src/lib/dataset/defects';
import { csvToParquet, openDuckDB } from './duckdb-io';
import type { Batch } from './national';
import { VALIDATION_COLUMNS } from './validation';
import { TEXT_COLUMNS } from '../../src/lib/dataset/texts';

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

type Columns = readonly { id: string; type: string }[];

/** CSV written in chunks: UTF-8 with BOM so Excel opens the Chinese; blank stays blank, never 0. */
class CsvStream {
	private fd: number;
	constructor(
		readonly path: string,
		readonly columns: Columns
	) {
		this.fd = openSync(path, 'w');
		writeSync(this.fd, '\ufeff' + Papa.unparse([columns.map((c) => c.id)], { newline: '\n' }) + '\n');
	}
	write(rows: readonly object[]): void {
		if (!rows.length) return;
		const data = rows.map((r) => this.columns.map((c) => (r as Record<string, unknown>)[c.id] ?? null));
		writeSync(this.fd, Papa.unparse(data, { newline: '\n' }) + '\n');
	}
	close(): void {
		closeSync(this.fd);
	}
}

export interface WriteSummary {
	reports: number;
	real: number;
	defects: Defect[];
}

/** Streams batches into CSV, then converts each CSV to Parquet with DuckDB. */
export async function writeDataset(regions: Region[], batches: AsyncIterable<Batch>, dir: string): Promise<WriteSummary> {
	if (COLUMN_IDS.length !== REPORT_COLUMNS.length) throw new Error('report columns out of sync');
	const reports = new CsvStream(join(dir, 'reports.csv'), REPORT_COLUMNS);
	const validation = new CsvStream(join(dir, 'validation.csv'), VALIDATION_COLUMNS);
	const texts = new CsvStream(join(dir, 'texts.csv'), TEXT_COLUMNS);
	const summary: WriteSummary = { reports: 0, real: 0, defects: [] };
	for await (const batch of batches) {
		reports.write(batch.reports.map((r) => r.row));
		validation.write(batch.validation);
		texts.write(batch.texts);
		summary.reports += batch.reports.length;
		summary.real += batch.reports.filter((r) => r.meta.data_origin === 'real').length;
		summary.defects.push(...batch.defects);
	}
	reports.close();
	validation.close();
	texts.close();
	const regionCsv = new CsvStream(join(dir, 'regions.csv'), REGION_COLUMNS);
	regionCsv.write(regions);
	regionCsv.close();
	const conn = await openDuckDB();
	for (const t of [reports, validation, texts, regionCsv])
		await csvToParquet(conn, t.path, t.path.replace(/\.csv$/, '.parquet'), t.columns);
	conn.closeSync();
	writeFileSync(join(dir, 'dictionary.json'), JSON.stringify(buildDictionary(), null, '\t') + '\n');
	return summary;
}
