import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress, SETTINGS } from '../scripts/precompress';
import { listen, staticServer } from '../scripts/serve';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const chunk = `export const words = ${JSON.stringify('政务公开 '.repeat(2000))};\n`;
const wasm = Buffer.from(Array.from({ length: 8192 }, (_, i) => i % 7));
let base = '';
let server: Server | undefined;

function request(path: string, headers: Record<string, string> = {}) {
	return new Promise<{ res: IncomingMessage; body: Buffer }>((resolve, reject) => {
		get(base + path, { headers }, (res) => {
			const parts: Buffer[] = [];
			res.on('data', (d: Buffer) => parts.push(d));
			res.on('end', () => resolve({ res, body: Buffer.concat(parts) }));
		}).on('error', reject);
	});
}

beforeAll(async () => {
	mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true });
	mkdirSync(join(dir, 'data/fast'), { recursive: true });
	writeFileSync(join(dir, '_app/immutable/chunks/app.Ab12Cd34.js'), chunk);
	writeFileSync(join(dir, '_app/immutable/engine.Xy98.wasm'), wasm);
	writeFileSync(join(dir, '200.html'), `<!doctype html><p>${'壳 '.repeat(600)}</p>`);
	writeFileSync(
		join(dir, 'data/fast/manifest.json'),
		JSON.stringify({ rows: 1, pad: 'x'.repeat(2000) })
	);
	writeFileSync(join(dir, 'data/fast/year.0123456789.json'), JSON.stringify(Array(800).fill(2024)));
	writeFileSync(join(dir, 'data/reports.parquet'), Buffer.alloc(2048, 1));
	await precompress(dir, SETTINGS.quick);
	// Listening after the siblings exist: sirv lists the files when it starts.
	server = await listen(staticServer(dir), 0);
	const { port } = server.address() as AddressInfo;
	base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the production server (scripts/serve.ts) on a precompressed build', () => {
	it('writes brotli and gzip siblings of compressible files, never of Parquet', () => {
		const names = readdirSync(join(dir, '_app/immutable/chunks'));
		expect(names.sort()).toEqual(['app.Ab12Cd34.js', 'app.Ab12Cd34.js.br', 'app.Ab12Cd34.js.gz']);
		expect(readdirSync(join(dir, 'data')).filter((f) => f.startsWith('reports'))).toEqual([
			'reports.parquet'
		]);
	});

	it('sends a hashed chunk brotli-encoded, cached for a year, that decodes to the file', async () => {
		const { res, body } = await request('/_app/immutable/chunks/app.Ab12Cd34.js', {
			'Accept-Encoding': 'gzip, deflate, br'
		});
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(res.headers['content-type']).toBe('text/javascript');
		expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(body.length).toBeLessThan(chunk.length / 10);
		expect(brotliDecompressSync(body).toString()).toBe(chunk);
	});

	it('falls back to gzip, then to the file itself, by Accept-Encoding', async () => {
		const gz = await request('/_app/immutable/chunks/app.Ab12Cd34.js', {
			'Accept-Encoding': 'gzip'
		});
		expect(gz.res.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(chunk);
		const plain = await request('/_app/immutable/chunks/app.Ab12Cd34.js');
		expect(plain.res.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(chunk);
	});

	it('serves wasm as application/wasm (streaming compile needs it)', async () => {
		const { res, body } = await request('/_app/immutable/engine.Xy98.wasm', {
			'Accept-Encoding': 'br'
		});
		expect(res.headers['content-type']).toBe('application/wasm');
		expect(brotliDecompressSync(body)).toEqual(wasm);
	});

	it('revalidates unhashed files with an ETag (304) and caches content-hashed data files', async () => {
		const first = await request('/data/fast/manifest.json', { 'Accept-Encoding': 'br' });
		expect(first.res.headers['cache-control']).toBe('no-cache');
		const etag = first.res.headers['etag']!;
		expect(etag).toBeTruthy();
		const again = await request('/data/fast/manifest.json', {
			'Accept-Encoding': 'br',
			'If-None-Match': etag
		});
		expect(again.res.statusCode).toBe(304);
		const hashed = await request('/data/fast/year.0123456789.json');
		expect(hashed.res.headers['cache-control']).toContain('immutable');
		const parquet = await request('/data/reports.parquet');
		expect(parquet.res.headers['content-type']).toBe('application/vnd.apache.parquet');
		expect(parquet.res.headers['cache-control']).toBe('no-cache');
	});

	it('answers a route with the SPA fallback (200.html) and a missing file with 404', async () => {
		const route = await request('/compare?metric=requests_total', { 'Accept-Encoding': 'gzip' });
		expect(route.res.statusCode).toBe(200);
		expect(route.res.headers['content-type']).toBe('text/html;charset=utf-8');
		expect(route.res.headers['cache-control']).toBe('no-cache');
		expect(gunzipSync(route.body).toString()).toContain('<p>壳');
		expect((await request('/_app/immutable/chunks/gone.Zz99.js')).res.statusCode).toBe(404);
		expect((await request('/data/fast/missing.json')).res.statusCode).toBe(404);
	});

	it('reuses cached compressions on a rebuild', async () => {
		const cache = join(dir, '..', `${dir.split('/').pop()}-cache`);
		try {
			const first = await precompress(dir, SETTINGS.quick, cache);
			const second = await precompress(dir, SETTINGS.quick, cache);
			expect(first.hits).toBe(0);
			expect(second.hits).toBe(second.files * 2);
			expect(
				readFileSync(join(dir, '_app/immutable/chunks/app.Ab12Cd34.js.br')).length
			).toBeGreaterThan(0);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});
});
