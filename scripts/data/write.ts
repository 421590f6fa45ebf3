import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvHeader, csvRows } from '../../src/lib/dataset/csv';
import { buildDictionary } from '../../src/lib/dataset/dictionary';
import type { Region } from '../../src/lib/dataset/regions';
import { COLUMN_IDS } from '../../src/lib/dataset/rows';
import type { Defect } from '../../src/lib/dataset/defects';
import {
	REGION_COLUMNS,
	REPORT_COLUMNS,
	VALIDATION_COLUMNS,
	type Columns
} from '../../src/lib/dataset/tables';
import { csvToParquet, openDuckDB } from './duckdb-io';
import type { Batch } from './national';
import { TEXT_COLUMNS } from '../../src/lib/dataset/texts';

/** The published CSV (`dataset/csv.ts`), written in chunks. */
export class CsvStream {
	private fd: number;
	constructor(
		readonly path: string,
		readonly columns: Columns
	) {
		this.fd = openSync(path, 'w');
		writeSync(this.fd, csvHeader(columns));
	}
	write(rows: readonly object[]): void {
		if (rows.length) writeSync(this.fd, csvRows(this.columns, rows));
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
export async function writeDataset(regions: Region[], batches: Iterable<Batch>, dir: string): Promise<WriteSummary> {
	if (COLUMN_IDS.length !== REPORT_COLUMNS.length) throw new Error('report columns out of sync');
	const reports = new CsvStream(join(dir, 'reports.csv'), REPORT_COLUMNS);
	const validation = new CsvStream(join(dir, 'validation.csv'), VALIDATION_COLUMNS);
	const texts = new CsvStream(join(dir, 'texts.csv'), TEXT_COLUMNS);
	const summary: WriteSummary = { reports: 0, real: 0, defects: [] };
	for (const batch of batches) {
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
