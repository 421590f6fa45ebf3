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
/** The manifest once it has arrived (the synchronous path reads it). */
let manifestNow: FastManifest | null = null;
const loaded = new Map<string, Promise<unknown>>();
/** Files that have arrived, by name: an answer whose files are all here is computed at once. */
const arrived = new Map<string, unknown>();

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
		p.then(
			(value) => arrived.set(name, value),
			() => loaded.delete(name)
		);
		loaded.set(name, p);
	}
	return p as Promise<T>;
}

function getManifest(): Promise<FastManifest> {
	manifest ??= getJson<FastManifest>('manifest.json').then(
		(m) => (manifestNow = m),
		(e: unknown) => {
			manifest = null;
			throw e;
		}
	);
	return manifest;
}

/** The loaded columns of `reports`, or with `level` of that level's sums (`<level>:<column>`). */
function dataOf(m: FastManifest, get: (name: string) => unknown, level?: string): FastData {
	const sums = level ? m.levels?.[level] : undefined;
	if (level && !sums) throw new Error(`no fast files for ${level}`);
	return {
		rows: sums ? sums.rows : m.rows,
		dicts: sums ? sums.dicts : m.dicts,
		aggregated: !!sums,
		column: (name) => {
			const c = get(level ? `${level}:${name}` : name) as Column | undefined;
			if (!c) throw new Error(`column ${name} not loaded`);
			return c;
		}
	};
}

/** What an answer needs: the files it reads, and how its rows follow from them. */
interface Plan {
	files: string[];
	compute: (m: FastManifest, get: (name: string) => unknown) => unknown[];
}

function planOf(q: Query, state: ViewState): Plan | null {
	if (q.sql === allRegions().sql && !q.params.length)
		return { files: ['regions'], compute: (_, get) => get('regions') as RegionRow[] };
	const region = regionQuery(q);
	if (region) {
		const shard = `region:${region.code.slice(0, REGION_SHARD)}`;
		return {
			files: [shard],
			compute: (_, get) => answerRegion(get(shard) as RegionShard, region.code, region.kind)
		};
	}
	const quality = qualityShape(q, state);
	if (quality)
		return {
			files: [
				...qualityColumns(quality),
				'regions',
				...(quality.kind === 'failRule' ? ['failures'] : [])
			],
			compute: (m, get) =>
				evaluateQuality(
					dataOf(m, get),
					quality,
					get('regions') as RegionRow[],
					quality.kind === 'failRule' ? (get('failures') as Failures) : []
				)
		};
	const shape = shapeOf(q, state);
	if (!shape) return null;
	const level = shape.level;
	return {
		files: columnsOf(shape).map((c) => (level ? `${level}:${c}` : c)),
		compute: (m, get) => evaluate(dataOf(m, get, level), shape)
	};
}

/**
 * The first answer for a query without DuckDB, when it is one of the shapes the evaluator mirrors
 * for this view state: only the files it reads are fetched (a few small files). `null` when the
 * query is of another shape, which only the engine answers.
 */
export function fastAnswer<T>(q: Query, state: ViewState): Promise<T[]> | null {
	const plan = planOf(q, state);
	if (!plan) return null;
	return getManifest().then(async (m) => {
		const files = new Map(
			await Promise.all(plan.files.map(async (n) => [n, await file(m, n)] as const))
		);
		return plan.compute(m, (name) => files.get(name)) as T[];
	});
}

/**
 * The same answer synchronously, when every file it reads has already arrived (a filter change
 * after the first): all queries of one change then update the view together, in one pass.
 * `undefined` when a file is missing or the shape is not the evaluator's.
 */
export function fastAnswerNow<T>(q: Query, state: ViewState): T[] | undefined {
	const m = manifestNow;
	if (!m) return undefined;
	const plan = planOf(q, state);
	if (!plan || !plan.files.every((n) => arrived.has(n))) return undefined;
	return plan.compute(m, (name) => arrived.get(name)) as T[];
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
