/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import {
	metricFiles,
	metricRoutes,
	staticRoutes,
	type FastFiles,
	type StaticRoute
} from '$lib/offline/routes';

/**
 * Repeat visits and offline use. Each deployed version has its own cache, filled at install with
 * everything that is not content-hashed (pages, the published Parquet, the fast-path manifest) and
 * with the app's chunks, DuckDB's wasm and the fast path's columns, so this worker never answers
 * from a mix of versions: a new version installs beside the old one and takes over only when no
 * page of the old one is open. Region-profile shards are cached the first time a view reads them.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `ogi-${version}`;

// Browsers with wasm exceptions (all current ones) use the eh bundle; the mvp one is cached only
// if a browser ever asks for it, and so is PDFium's wasm (4.6 MB, only for importing PDFs; offline
// before first use, the import reads PDFs with pdf.js). Large CSV downloads are never cached.
// Fast-path files: those every view reads (scripts/data/fast.ts puts them in common/) are
// precached here, the metric columns from the manifest (`precacheMetrics`); region profiles
// (hundreds of files, 200 MB) are cached when a view first reads them.
const PRECACHE = [
	...build.filter((f) => !/duckdb-(browser-)?mvp|pdfium[^/]*\.wasm$/.test(f)),
	...files.filter((f) => !f.endsWith('.csv') && !/\/data\/fast\/c\//.test(f)),
	...prerendered
];
const NEVER = /\.csv$/;

interface RouterInstallEvent extends ExtendableEvent {
	addRoutes?: (
		rules: { condition: { urlPattern: unknown }; source: StaticRoute['source'] }[]
	) => Promise<void>;
}

/** Static routes (src/lib/offline/routes.ts) to this version's cache, where the browser has them. */
function addStaticRoutes(event: RouterInstallEvent, routes: StaticRoute[]): Promise<void> {
	const Pattern = (globalThis as { URLPattern?: new (p: { pathname: string }) => unknown })
		.URLPattern;
	if (!event.addRoutes || !Pattern) return Promise.resolve();
	return event
		.addRoutes(
			routes.map(({ pathname, source }) => ({
				condition: { urlPattern: new Pattern({ pathname }) },
				source
			}))
		)
		.catch(() => {}); // browsers without cache sources: the fetch handler answers as before
}

const FAST = `${base}/data/fast/`;

/**
 * The metric columns the manifest this version cached names (so never another version's), then
 * their routes. Without them (a national-scale dataset) they are cached on first use.
 */
async function precacheMetrics(cache: Cache, event: RouterInstallEvent): Promise<void> {
	const manifest = await cache.match(`${FAST}manifest.json`);
	const paths = manifest ? metricFiles((await manifest.json()) as FastFiles) : [];
	if (!paths.length) return;
	await cache.addAll(paths.map((p) => FAST + p));
	await addStaticRoutes(event, metricRoutes(base, CACHE));
}

/**
 * The chunks the data-decoding worker imports (its Parquet reader, for the validation table) are
 * not in `build`, which lists the page's chunks only: without them an offline page's DuckDB could
 * not load that table. They are found in the cached worker's code, and in theirs in turn. The
 * import worker's parsers (MBs, only for importing) are cached on first use instead.
 */
async function precacheWorkerChunks(cache: Cache): Promise<void> {
	const todo = build.filter((f) => /\/workers\/decode\.worker-[^/]+\.js$/.test(f));
	const seen = new Set(todo);
	while (todo.length) {
		const file = todo.pop()!;
		const code = (await (await cache.match(file))?.text()) ?? '';
		const here = new URL(file, sw.location.href);
		const found = [...code.matchAll(/(?:from\s*|import\s*\(\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)];
		const paths = [...new Set(found.map((m) => new URL(m[1]!, here).pathname))].filter(
			(p) => !seen.has(p)
		);
		if (!paths.length) continue;
		await cache.addAll(paths);
		for (const path of paths) {
			seen.add(path);
			todo.push(path);
		}
	}
}

sw.addEventListener('install', (event) => {
	const routed = event as RouterInstallEvent;
	event.waitUntil(
		Promise.all([
			caches.open(CACHE).then(async (cache) => {
				await cache.addAll(PRECACHE);
				// Without them only an offline table fails: never the install.
				await Promise.all([
					precacheWorkerChunks(cache).catch(() => {}),
					precacheMetrics(cache, routed)
				]);
			}),
			addStaticRoutes(routed, staticRoutes(base, CACHE))
		])
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

let opened: Promise<Cache> | null = null;
const cacheOf = () => (opened ??= caches.open(CACHE));

async function respond(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const cache = await cacheOf();
	const navigate = request.mode === 'navigate';
	// A page by its path: an exact lookup (matching with ignoreSearch scans every cached entry).
	const path = new URL(request.url);
	path.search = '';
	const hit = navigate
		? ((await cache.match(path.href)) ?? (await cache.match(request, { ignoreSearch: true })))
		: await cache.match(request);
	if (hit) return hit;
	try {
		const response = await fetch(request);
		const url = new URL(request.url);
		// The page gets the response at once; the copy is written to the cache beside it.
		if (response.status === 200 && !NEVER.test(url.pathname))
			event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
		return response;
	} catch (error) {
		// Offline: any route opens from the app shell (the client router draws the view).
		const shell = navigate ? await cache.match(`${base}/`) : undefined;
		if (shell) return shell;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range'))
		return;
	event.respondWith(respond(event));
});
