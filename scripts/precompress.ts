/**
 * Writes brotli (`.br`) and gzip (`.gz`) siblings of the built app's compressible files, so the
 * server (scripts/serve.ts, or nginx `brotli_static`/`gzip_static`) sends them as they are instead
 * of compressing on every request; DuckDB's 27 MB wasm (scripts/wasm/slim.mjs) goes out as ≈ 5.1 MB.
 *
 * Usage: tsx scripts/precompress.ts [dir]   (default: the build directory of OGI_BUILD, see serve.ts)
 *
 * Brotli's best quality takes minutes on the wasm and on 200 MB of fast-path JSON, so code gets
 * quality 11 and everything else 9; the e2e build (OGI_BUILD=e2e) only needs the files to exist and
 * uses the quickest settings (brotli 1, gzip 1: 7 s of CPU for the 340 MB instead of 19 s at 5/6). Results are cached by content under node_modules/.cache, so a rebuild only
 * compresses what changed (the wasm never does).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { buildDir } from './serve';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Already compressed (Parquet, the build's gzipped Arrow IPC, images) or tiny: sent as they are. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|wasm|csv|txt|webmanifest|xml)$/;
const CODE = /\.(html|js|mjs|css|svg)$/;
const MIN_BYTES = 1024;

export interface Settings {
	name: string;
	brotliQuality: (file: string) => number;
	gzipLevel: number;
}

export const SETTINGS: Record<'release' | 'quick', Settings> = {
	release: { name: 'release', brotliQuality: (f) => (CODE.test(f) ? 11 : 9), gzipLevel: 9 },
	quick: { name: 'quick', brotliQuality: () => 1, gzipLevel: 1 }
};

const filesUnder = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());

/** Runs `jobs` with at most `limit` in flight (zlib's async calls run on libuv's thread pool). */
async function pool<T>(items: T[], limit: number, job: (item: T) => Promise<void>) {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await job(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Compresses every compressible file under `dir` (siblings only where they are smaller).
 * Returns the count of files and of cache hits.
 */
export async function precompress(dir: string, settings: Settings, cacheDir?: string) {
	const files = filesUnder(dir).filter(
		(f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES && !/\.(br|gz)$/.test(f)
	);
	const cache = cacheDir && join(cacheDir, settings.name);
	if (cache) mkdirSync(cache, { recursive: true });
	const used = new Set<string>();
	let hits = 0;
	await pool(files, Math.max(2, availableParallelism()), async (file) => {
		const bytes = await readFile(file);
		const quality = settings.brotliQuality(file);
		const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
		for (const [ext, compress] of [
			[
				'br',
				() =>
					brotli(bytes, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: quality,
							[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
							// A 16 MB window (the default is 4 MB) finds the wasm's long repeats: −5 %.
							[constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS
						}
					})
			],
			['gz', () => gz(bytes, { level: settings.gzipLevel })]
		] as const) {
			const cached =
				cache &&
				join(cache, `${key}.${ext === 'br' ? `q${quality}w24` : `l${settings.gzipLevel}`}.${ext}`);
			if (cached) used.add(cached);
			let out: Buffer;
			if (cached && existsSync(cached)) {
				out = await readFile(cached);
				hits++;
			} else {
				out = await compress();
				if (cached) await writeFile(cached, out);
			}
			if (out.length < bytes.length) await writeFile(`${file}.${ext}`, out);
		}
	});
	// Only this build's entries stay: the cache never grows past one build's worth.
	if (cache)
		for (const f of readdirSync(cache))
			if (!used.has(join(cache, f))) rmSync(join(cache, f), { force: true });
	return { files: files.length, hits };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? buildDir();
	const settings = process.env.OGI_BUILD === 'e2e' ? SETTINGS.quick : SETTINGS.release;
	const start = performance.now();
	const { files, hits } = await precompress(dir, settings, 'node_modules/.cache/ogi-precompress');
	console.log(
		`precompress: ${files} files in ${dir} (${settings.name}, ${hits} of ${files * 2} siblings from cache) in ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
}
