import type { BodyLevel } from './bodies';

/**
 * The scale dataset's partitions (`npm run data -- --scale`, data/scale/): governments stay the
 * `reports` table (all regions, ≈ the bundled size); departments and townships are split by body
 * level × province; each lower level also has one table of sums by region × year × scope
 * (`aggregates.ts`). One name per partition, the same in files, the manifest and DuckDB.
 */
export type PartitionKey =
	| { kind: 'detail'; body: Exclude<BodyLevel, 'government'>; province: string }
	| { kind: 'validation'; body: Exclude<BodyLevel, 'government'>; province: string }
	| { kind: 'aggregate'; body: Exclude<BodyLevel, 'government'> };

export type LowerBody = Exclude<BodyLevel, 'government'>;
export const LOWER_BODIES: readonly LowerBody[] = ['department', 'township'];

/** Two-digit province key of a region code (`440305` → `44`). */
export const provinceKey = (code: string) => code.slice(0, 2);

/** DuckDB table name of a partition: `reports_department_44`, `agg_township`. */
export function partitionTable(key: PartitionKey): string {
	if (key.kind === 'aggregate') return `agg_${key.body}`;
	return `${key.kind === 'detail' ? 'reports' : 'validation'}_${key.body}_${key.province}`;
}

/** Path of a partition's Parquet file under the dataset directory. */
export function partitionFile(key: PartitionKey): string {
	return `parts/${partitionTable(key).replaceAll('_', '-')}.parquet`;
}

const TABLE = /^(reports|validation|agg)_(department|township)(?:_(\d{2}))?$/;

/** The partition a table name stands for, or null (not a partition table). */
export function partitionOf(table: string): PartitionKey | null {
	const m = TABLE.exec(table);
	if (!m) return null;
	const body = m[2] as LowerBody;
	if (m[1] === 'agg') return m[3] ? null : { kind: 'aggregate', body };
	if (!m[3]) return null;
	return { kind: m[1] === 'reports' ? 'detail' : 'validation', body, province: m[3] };
}

/** One partition in `manifest.json`. */
export interface ManifestPartition {
	table: string;
	file: string;
	body_level: BodyLevel;
	province: string | null;
	rows: number;
	bytes: number;
}

/** `data/scale/manifest.json`: what the dataset holds, so a view fetches only its partitions. */
export interface Manifest {
	version: 1;
	body_levels: BodyLevel[];
	reports: Record<BodyLevel, number>;
	partitions: ManifestPartition[];
}
