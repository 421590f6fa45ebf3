/**
 * Splits the scale dataset's wide tables into one file per column, so the browser loads only the
 * columns a view's queries name (src/lib/db/columns.ts): the aggregates `agg_<level>` (≈ 470
 * columns, of which a view reads a dozen) and the province partitions `reports_<level>_<pp>`.
 * Each file is the column's gzipped Arrow IPC stream, from the same decode of the same Parquet
 * file as the whole-table path (src/lib/db/parquet.ts), named with a content hash; validation
 * partitions (findings, read whole) are left as they are.
 *
 * The files are written once beside the dataset (`<dataDir>/cols/`, with `index.json` keyed by
 * each Parquet file's hash, so a rebuild reuses them: splitting 1M reports takes minutes) and
 * copied into the served data under `fast/c/`, the folder of content-hashed files the service
 * worker caches on first use instead of precaching. The served manifest gets each partition's
 * `columns` map, and the served copy of a split partition's Parquet file is removed: the app never
 * reads it, and the service worker would precache it (≈ 100 MB at 1M). The manifest's `file`
 * still names the dataset's own Parquet file (data/scale/parts/).
 *
 * Usage: tsx scripts/data/columns.ts [dataDir] [staticDataDir]   (default data/scale static/data;
 * `npm run build -- --scale` runs it)
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest, ManifestPartition } from '../../src/lib/dataset/partitions';
import { parquetColumnsToIPC } from '../../src/lib/db/parquet';

/** Folder of the column files, under the served data directory. */
export const COLUMNS_DIR = 'fast/c/cols';

/** The partitions a view reads column by column (aggregates and detail, not findings). */
export const splitsIntoColumns = (p: Pick<ManifestPartition, 'table'>) =>
	/^(agg|reports)_/.test(p.table);

/** `<dataDir>/cols/index.json`: per table, the Parquet file's hash and column → file. */
type ColumnIndex = Record<string, { source: string; columns: Record<string, string> }>;

type Served = Manifest & { partitions: (ManifestPartition & { columns?: Record<string, string> })[] };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes (or reuses) the column files of every split partition of the dataset in `dataDir`. */
export async function splitColumns(
	dataDir: string,
	log: (text: string) => void = () => {}
): Promise<ColumnIndex> {
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
	const root = join(dataDir, 'cols');
	const indexFile = join(root, 'index.json');
	const old: ColumnIndex = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : {};
	const index: ColumnIndex = {};
	for (const p of manifest.partitions.filter(splitsIntoColumns)) {
		const bytes = readFileSync(join(dataDir, p.file));
		const source = sha(bytes);
		if (old[p.table]?.source === source) {
			index[p.table] = old[p.table]!;
			continue;
		}
		const t0 = performance.now();
		const columns = await parquetColumnsToIPC(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
		);
		rmSync(join(root, p.table), { recursive: true, force: true });
		mkdirSync(join(root, p.table), { recursive: true });
		const files: Record<string, string> = {};
		for (const [i, [name, ipc]] of [...columns].entries()) {
			const gz = gzipSync(ipc, { level: 6 });
			// Column names are schema identifiers; the index keeps a file name safe regardless.
			const file = `${p.table}/${i}.${sha(gz).slice(0, 10)}.arrowgz`;
			writeFileSync(join(root, file), gz);
			files[name] = file;
		}
		index[p.table] = { source, columns: files };
		// Written after each table: an interrupted split resumes where it stopped.
		writeFileSync(indexFile, JSON.stringify({ ...old, ...index }));
		log(`${p.table}: ${columns.size} columns (${Math.round(performance.now() - t0)} ms)`);
	}
	writeFileSync(indexFile, JSON.stringify(index));
	return index;
}

/**
 * The served copy: column files under `<staticDir>/fast/c/cols/` and each split partition's
 * `columns` in `<staticDir>/manifest.json` (paths under the served data directory).
 */
export async function serveColumns(
	dataDir: string,
	staticDir: string,
	log?: (text: string) => void
): Promise<{ tables: number; files: number }> {
	const index = await splitColumns(dataDir, log);
	const out = join(staticDir, COLUMNS_DIR);
	rmSync(out, { recursive: true, force: true });
	let files = 0;
	for (const table of Object.keys(index))
		cpSync(join(dataDir, 'cols', table), join(out, table), { recursive: true });
	const path = join(staticDir, 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Served;
	for (const p of manifest.partitions) {
		const entry = index[p.table];
		if (!entry) continue;
		rmSync(join(staticDir, p.file), { force: true });
		p.columns = Object.fromEntries(
			Object.entries(entry.columns).map(([name, file]) => [name, `${COLUMNS_DIR}/${file}`])
		);
		files += Object.keys(p.columns).length;
	}
	writeFileSync(path, JSON.stringify(manifest, null, '\t') + '\n');
	return { tables: Object.keys(index).length, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dataDir = 'data/scale', staticDir = 'static/data'] = process.argv.slice(2);
	if (!existsSync(join(dataDir, 'manifest.json')))
		throw new Error(`${dataDir}/manifest.json is missing: run npm run data -- --scale`);
	const t0 = performance.now();
	const r = await serveColumns(dataDir, staticDir, (text) => console.log(`  columns ${text}`));
	console.log(
		`column files: ${r.files} columns of ${r.tables} tables in ${staticDir}/${COLUMNS_DIR} (${Math.round(performance.now() - t0)} ms)`
	);
}
