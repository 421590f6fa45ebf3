import { asset } from '$app/paths';
import { allRegions, type RegionRow } from '$lib/queries/regions';
import type { Query } from '$lib/queries/sql';
import type { ViewState } from '$lib/url/state';
import type { Column, FastData, FastManifest } from './columns';
import type { Metric } from '$lib/metrics/metrics';
import { columnsOf, evaluate, metricFields } from './evaluate';
import { shapeOf } from './match';
import { evaluateQuality, qualityColumns, qualityShape, type Failures } from './quality';
import { answerRegion, regionQuery, REGION_SHARD, type RegionShard } from './region';

const base = () => asset('/data/fast/');
let manifest: Promise<FastManifest> | null = null;
const loaded = new Map<string, Promise<unknown>>();

/** Files the page's inline script (src/app.html) requested before the app's code arrived. */
function early<T>(path: string): Promise<T> | undefined {
	const store = (globalThis as { __ogiFast?: { files: Record<string, Promise<unknown>> } })
		.__ogiFast?.files;
	const response = store?.[path];
	if (store) delete store[path];
	return response as Promise<T> | undefined;
}

async function getJson<T>(path: string): Promise<T> {
	const started = early<T>(path);
	if (started)
		try {
			return await started;
		} catch {
			// asked again below
		}
	const response = await fetch(base() + path, { priority: 'high' });
	if (!response.ok) throw new Error(`HTTP ${response.status} fetching ${path}`);
	return response.json() as Promise<T>;
}

function file<T>(m: FastManifest, name: string): Promise<T> {
	let p = loaded.get(name);
	if (!p) {
		const path = m.files[name];
		p = path ? getJson<T>(path) : Promise.reject(new Error(`no fast file for ${name}`));
		p.catch(() => loaded.delete(name));
		loaded.set(name, p);
	}
	return p as Promise<T>;
}

function getManifest(): Promise<FastManifest> {
	manifest ??= getJson<FastManifest>('manifest.json').catch((e: unknown) => {
		manifest = null;
		throw e;
	});
	return manifest;
}

async function data(names: string[]): Promise<FastData> {
	const m = await getManifest();
	const cols = new Map(
		await Promise.all(names.map(async (n) => [n, await file<Column>(m, n)] as const))
	);
	return {
		rows: m.rows,
		dicts: m.dicts,
		column: (name) => {
			const c = cols.get(name);
			if (!c) throw new Error(`column ${name} not loaded`);
			return c;
		}
	};
}

/**
 * The first answer for a query without DuckDB, when it is one of the shapes the evaluator mirrors
 * for this view state: only the columns it reads are fetched (a few small files). `null` when the
 * query is of another shape, which only the engine answers.
 */
export function fastAnswer<T>(q: Query, state: ViewState): Promise<T[]> | null {
	if (q.sql === allRegions().sql && !q.params.length)
		return getManifest().then((m) => file<T[]>(m, 'regions'));
	const region = regionQuery(q);
	if (region)
		return getManifest()
			.then((m) => file<RegionShard>(m, `region:${region.code.slice(0, REGION_SHARD)}`))
			.then((shard) => answerRegion(shard, region.code, region.kind) as T[]);
	const quality = qualityShape(q, state);
	if (quality)
		return getManifest().then(async (m) => {
			const [d, regions, failures] = await Promise.all([
				data(qualityColumns(quality)),
				file<RegionRow[]>(m, 'regions'),
				quality.kind === 'failRule' ? file<Failures>(m, 'failures') : []
			]);
			return evaluateQuality(d, quality, regions, failures) as T[];
		});
	const shape = shapeOf(q, state);
	if (!shape) return null;
	return data(columnsOf(shape)).then((d) => evaluate(d, shape) as T[]);
}

/**
 * Starts fetching the columns of `metrics` before any view asks for them: the layout calls it for
 * a link's metrics as the app's code arrives, ahead of hydration (the page's inline script has
 * already asked for the columns every view reads). Settles when they are in (or failed).
 */
export async function prefetchMetrics(metrics: readonly Metric[]): Promise<void> {
	const fields = new Set(metrics.flatMap(metricFields));
	try {
		const m = await getManifest();
		await Promise.allSettled([...fields].filter((f) => m.files[f]).map((f) => file(m, f)));
	} catch {
		// the views ask again, and fall back to the engine
	}
}
