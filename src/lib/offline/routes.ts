/**
 * What the service worker (src/service-worker.ts) keeps for repeat visits and offline use, and which
 * requests the browser answers from that cache without running the worker's script. Pure, so the
 * rules are unit-tested; the worker applies them to its own version's cache only.
 */

/** A Service Worker Static Routing API rule: a path pattern and who answers it. */
export interface StaticRoute {
	pathname: string;
	source: 'fetch-event' | { cacheName: string };
}

/**
 * Rules in order (the first that matches wins). A repeat visit asks for the landing chunk and a
 * few entry chunks (scripts/landing-chunk.mjs), a dozen fast-path files and the charts' lazy parts;
 * each round trip through the fetch handler kept the first chart waiting. (Chromium 156 consumes
 * no V8 code cache for module chunks answered by these routes or by the fetch handler, measured.)
 * Only what install precaches is routed to the cache: the app's JS and CSS, DuckDB's eh wasm and
 * the fast path's manifest and common columns. A miss (the cache evicted) goes to the network.
 */
export function staticRoutes(base: string, cacheName: string): StaticRoute[] {
	const cache = { cacheName };
	return [
		{ pathname: `${base}/_app/immutable/*.js`, source: cache },
		{ pathname: `${base}/_app/immutable/*.css`, source: cache },
		{ pathname: `${base}/_app/immutable/assets/duckdb-eh.*.wasm`, source: cache },
		{ pathname: `${base}/data/fast/manifest.json`, source: cache },
		{ pathname: `${base}/data/fast/common/*`, source: cache }
	];
}

/**
 * Once install has precached the metric columns (`metricFiles`): those from the cache as well.
 * Region-profile shards share their folder but are cached on first use (hundreds, 200 MB), so
 * they stay with the fetch handler, which keeps a copy.
 */
export function metricRoutes(base: string, cacheName: string): StaticRoute[] {
	return [
		{ pathname: `${base}/data/fast/c/region-*`, source: 'fetch-event' },
		{ pathname: `${base}/data/fast/c/*`, source: { cacheName } }
	];
}

/** Above this many reports the metric columns are cached on first use, not precached. */
export const PRECACHE_METRICS_MAX_ROWS = 50_000;

/** The fast-path manifest's part read here (scripts/data/fast.ts writes it). */
export interface FastFiles {
	rows: number;
	files: Record<string, string>;
}

/**
 * The metric columns the fast-path manifest names, as paths under `data/fast/`: every field a
 * shared link's metric can read (224 files, ≈ 1 MB brotli and 12 MB on disk at the bundled scale
 * of 22k reports), so a repeat visit draws any metric's first chart from the cache, offline too.
 * None at national scale (≈ 1.3 MB a column at 520k reports): there they are cached on first use.
 * Region-profile shards are left out (cached on first use), and so are the common columns
 * (precached with the app's files).
 */
export function metricFiles(manifest: FastFiles): string[] {
	if (!(manifest.rows <= PRECACHE_METRICS_MAX_ROWS)) return [];
	return Object.entries(manifest.files)
		.filter(([name, path]) => !name.startsWith('region:') && path.startsWith('c/'))
		.map(([, path]) => path);
}
