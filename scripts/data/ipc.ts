/**
 * Writes each published Parquet file as the Arrow IPC stream DuckDB-wasm ingests, gzipped, so the
 * browser inserts it as is: no Parquet decoding in JavaScript (hyparquet → JS arrays → Arrow →
 * IPC took seconds on a 2-core machine, far more than the engine itself). The bytes come from the
 * same function the browser's Parquet fallback uses (src/lib/db/parquet.ts), so the tables are
 * identical either way. `ipc.json` maps each Parquet partition to its IPC file (names carry a
 * content hash); a partition without an entry is decoded from Parquet in the browser.
 *
 * Usage: tsx scripts/data/ipc.ts [dataDir] [staticDataDir]   (default data → static/data)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetToArrowIPC } from '../../src/lib/db/parquet';

export async function writeIpc(dataDir: string, staticDir: string): Promise<Record<string, string>> {
	const outDir = join(staticDir, 'ipc');
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const map: Record<string, string> = {};
	for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.parquet')).sort()) {
		const bytes = readFileSync(join(dataDir, file));
		const ipc = await parquetToArrowIPC(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
		);
		const gz = gzipSync(ipc, { level: 9 });
		// Text-heavy tables (validation messages) compress far worse than Parquet's dictionaries:
		// those stay Parquet, decoded in the browser when a view first needs them.
		if (gz.length > 1.5 * bytes.length) continue;
		const hash = createHash('sha256').update(gz).digest('hex').slice(0, 10);
		// Not .gz: some servers would label it gzip-encoded and the browser would unpack it.
		const name = `${file.replace(/\.parquet$/, '')}.${hash}.arrowgz`;
		writeFileSync(join(outDir, name), gz);
		map[`data/${file}`] = `data/ipc/${name}`;
	}
	writeFileSync(join(staticDir, 'ipc.json'), JSON.stringify(map));
	return map;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dataDir = 'data', staticDir = 'static/data'] = process.argv.slice(2);
	if (!existsSync(dataDir)) throw new Error(`${dataDir} is missing: run npm run data`);
	const t0 = performance.now();
	const map = await writeIpc(dataDir, staticDir);
	console.log(
		`arrow ipc: ${Object.keys(map).length} tables in ${staticDir}/ipc (${Math.round(performance.now() - t0)} ms)`
	);
}
