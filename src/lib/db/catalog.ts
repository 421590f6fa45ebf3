import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asset } from '$app/paths';
import { partitionFile, partitionOf } from '$lib/dataset/partitions';

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

/**
 * A table of the scale dataset's partitions (`dataset/partitions.ts`): each partition is its own
 * small table, named by body level and province (or `agg_<level>` for the sums), so a query that
 * names it loads exactly that file and nothing else. Queries pick the name (`queries/source.ts`).
 */
export function partitionSpec(name: string): TableSpec | undefined {
	const key = partitionOf(name);
	return key ? { name, partitions: [`data/${partitionFile(key)}`], eager: false } : undefined;
}

export const tableSpec = (name: string) => entries.get(name)?.spec ?? partitionSpec(name);
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
	const named = [...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)\b/gi)].map((m) => m[1]!);
	const partitions = [...new Set(named)].filter((n) => !entries.has(n) && partitionOf(n));
	return [
		...tableNames().filter((name) => new RegExp(`\\b(FROM|JOIN)\\s+${name}\\b`, 'i').test(sql)),
		...partitions
	];
}
