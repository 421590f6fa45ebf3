/**
 * The production static server for the built app (`npm start`, `npm run preview`, the bench, the
 * link trace and the e2e suite): what a real deployment does, with sirv on node:http.
 *   - precompressed `.br`/`.gz` siblings (scripts/precompress.ts) with Content-Encoding and Vary;
 *   - `/_app/immutable/*` and content-hashed data files cached for a year (`immutable`); everything
 *     else (HTML, service-worker.js, manifests, Parquet) revalidated with its ETag (`no-cache`), so
 *     a deployment never leaves a browser with a mix of old and new files;
 *   - unknown routes answer 200.html (the SPA fallback); a missing file is a 404.
 *
 * Usage: tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build]
 */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** The build directory svelte.config.js writes for this OGI_BUILD variant. */
export const buildDir = (variant = process.env.OGI_BUILD) =>
	variant ? `.svelte-kit/${variant}/build` : 'build';

const YEAR = 'public, max-age=31536000, immutable';
/** Vite's chunks and assets, and data files named by their content hash (scripts/data/fast.ts, ipc.ts). */
const HASHED = /^\/_app\/immutable\/|^\/data\/.*\.[0-9a-f]{10}\.(json|arrowgz)$/;

export const cacheControl = (pathname: string) => (HASHED.test(pathname) ? YEAR : 'no-cache');

/** Types sirv's table lacks (it would send an empty Content-Type). */
const TYPES: [RegExp, string][] = [
	[/\.parquet$/, 'application/vnd.apache.parquet'],
	[/\.arrowgz$/, 'application/octet-stream']
];

export function staticServer(dir: string): Server {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		single: '200.html',
		setHeaders: (res, pathname) => {
			res.setHeader('Cache-Control', cacheControl(pathname));
			const type = TYPES.find(([re]) => re.test(pathname));
			if (type) res.setHeader('Content-Type', type[1]);
		}
	});
	return createServer((req, res) => files(req, res));
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<Server> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const dir = opt('--dir') ?? buildDir();
	const host = opt('--host') ?? '127.0.0.1';
	const port = Number(opt('--port') ?? 4173);
	await listen(staticServer(dir), port, host);
	console.log(`serving ${dir} on http://${host}:${port}/`);
}
