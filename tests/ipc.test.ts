import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeIpc } from '../scripts/data/ipc';
import { PUBLISHED } from '../src/lib/db/catalog';
import { parquetToArrowIPC } from '../src/lib/db/parquet';

describe('the engine ingests the build’s Arrow IPC, the same bytes the Parquet fallback makes', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ipc-'));
	const data = join(dir, 'data');
	const out = join(dir, 'static');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes regions as gzipped IPC under a hashed name, keyed by its catalog partition', async () => {
		mkdirSync(data);
		copyFileSync('data/regions.parquet', join(data, 'regions.parquet'));
		const map = await writeIpc(data, out);
		const regions = PUBLISHED.find((t) => t.name === 'regions')!.partitions[0]!;
		expect(map[regions]).toMatch(/^data\/ipc\/regions\.[0-9a-f]{10}\.arrowgz$/);
		expect(JSON.parse(readFileSync(join(out, 'ipc.json'), 'utf8'))).toEqual(map);
		const written = gunzipSync(readFileSync(join(out, map[regions]!.replace(/^data\//, ''))));
		const bytes = readFileSync(join(data, 'regions.parquet'));
		const fallback = await parquetToArrowIPC(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
		);
		expect(Buffer.compare(written, Buffer.from(fallback))).toBe(0);
	});
});
