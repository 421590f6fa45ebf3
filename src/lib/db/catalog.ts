import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asset } from '$app/paths';

/**
 * The catalog of tables the engine can answer from, declared once. A query names the tables it
 * reads; the client loads exactly those before running it (see `tablesIn`). Published tables are
 * Parquet files (one or more partitions); a module that adds data (the import page) registers
 * its own table with `registerTable`, or appends rows to a published one with `appendRows`.
 */
export interface TableSpec {
	/** DuckDB table name, as queries spell it. */
	name: string;
	/** Parquet partitions (paths under the app's assets), loaded together into the one table. */
	partitions: readonly string[];
	/** Fetched and decoded as soon as the engine starts (what every view needs). */
	eager: boolean;
	/** Shown by the progress bar while this table loads. */
	tracked?: boolean;
	/**
	 * Each column's own file (path under the app's assets), when the build split the table
	 * (scripts/data/columns.ts): a query then loads only the columns it names (`columns.ts`).
	 */
	columns?: Readonly<Record<string, string>>;
}

/** The published dataset (data/README.md): what `npm run data` writes and the build serves. */
export const PUBLISHED: readonly TableSpec[] = [
	{ name: 'reports', partitions: ['data/reports.parquet'], eager: true, tracked: true },
	{ name: 'regions', partitions: ['data/regions.parquet'], eager: true },
	{ name: 'validation', partitions: ['data/validation.parquet'], eager: false },
	{ name: 'texts', partitions: ['data/texts.parquet'], eager: false }
];

/** How a table gets into DuckDB: published tables decode their Parquet; added ones bring their own. */
export type TableLoader = (conn: AsyncDuckDBConnection) => Promise<void>;

interface Entry {
	spec: TableSpec;
	/** For added tables: the function that creates and fills the table. */
	load?: TableLoader;
}

const entries = new Map<string, Entry>(PUBLISHED.map((spec) => [spec.name, { spec }]));

export const tableNames = () => [...entries.keys()];

/** A partition as `data/manifest.json` lists it (written by `npm run data -- --scale`). */
export interface PartitionEntry {
	table: string;
	file: string;
	/** Column → its file under the dataset directory, for tables split by the build. */
	columns?: Record<string, string>;
}

/**
 * The scale dataset's partitions, each its own small table (departments of one province, the
 * township sums…), learnt from the dataset's manifest: a query that names one loads exactly that
 * file. Queries pick the names (`queries/source.ts`); the bundled dataset has no manifest.
 */
const partitions = new Map<string, TableSpec>();

export function registerPartitions(list: readonly PartitionEntry[]): void {
	for (const p of list)
		if (/^[a-z_][a-z0-9_]*$/.test(p.table) && !entries.has(p.table))
			partitions.set(p.table, {
				name: p.table,
				partitions: [`data/${p.file}`],
				eager: false,
				...(p.columns && {
					columns: Object.fromEntries(
						Object.entries(p.columns).map(([column, file]) => [column, `data/${file}`])
					)
				})
			});
}

let manifest: Promise<{ body_levels?: string[]; partitions?: PartitionEntry[] } | null> | null =
	null;

/** The served dataset's manifest (null without one), fetched once; registers its partitions. */
export function datasetManifest() {
	manifest ??= fetch(asset('/data/manifest.json'))
		.then((r) => (r.ok ? r.json() : null))
		.then((m) => {
			if (m && Array.isArray(m.partitions)) registerPartitions(m.partitions);
			return m;
		})
		.catch(() => null);
	return manifest;
}

export const tableSpec = (name: string) => entries.get(name)?.spec ?? partitions.get(name);
export const tableLoader = (name: string) => entries.get(name)?.load;
export const partitionUrls = (spec: TableSpec) => spec.partitions.map((p) => asset(`/${p}`));

/**
 * Adds a table to the catalog (e.g. reports imported in this browser). `load` runs once, on the
 * engine's connection, the first time a query names the table; queries may then join it freely.
 */
export function registerTable(name: string, load: TableLoader): void {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad table name: ${name}`);
	if (entries.get(name)?.spec.partitions.length)
		throw new Error(`${name} is a published table: append rows to it with appendRows()`);
	entries.set(name, { spec: { name, partitions: [], eager: false }, load });
}

/**
 * The catalog's tables a SQL text reads (word match on table names: queries use plain names),
 * partition tables included.
 */
export function tablesIn(sql: string): string[] {
	return [...tableNames(), ...partitions.keys()].filter((name) =>
		new RegExp(`\\b(FROM|JOIN)\\s+${name}\\b`, 'i').test(sql)
	);
}
