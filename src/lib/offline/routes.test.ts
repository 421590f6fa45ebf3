import { describe, expect, it } from 'vitest';
import {
	metricFiles,
	metricRoutes,
	PRECACHE_METRICS_MAX_ROWS,
	staticRoutes,
	type StaticRoute
} from './routes';

/** The first rule whose pattern matches `path` (`*` matches any run of characters, as URLPattern's). */
function routeOf(rules: StaticRoute[], path: string): StaticRoute['source'] | 'none' {
	const rule = rules.find(({ pathname }) =>
		new RegExp(
			`^${pathname
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`
		).test(path)
	);
	return rule ? rule.source : 'none';
}

const MANIFEST = {
	rows: 22457,
	files: {
		year: 'common/year.0000000001.json',
		t2_license_decisions: 'c/t2_license_decisions.0000000003.json',
		t4_review_total: 'c/t4_review_total.0000000004.json',
		'region:3208': 'c/region-3208.0000000005.json'
	}
};

describe('what the service worker answers from its cache', () => {
	const rules = [...staticRoutes('/app', 'ogi-1'), ...metricRoutes('/app', 'ogi-1')];
	const cache = { cacheName: 'ogi-1' };

	it('the app’s code, DuckDB’s wasm and the fast path’s manifest, common and metric columns', () => {
		for (const path of [
			'/app/_app/immutable/chunks/DkX6TwXD.js',
			'/app/_app/immutable/assets/0.ChM4yQAg.css',
			'/app/_app/immutable/assets/duckdb-eh.Dk3x9.wasm',
			'/app/data/fast/manifest.json',
			'/app/data/fast/common/year.0000000001.json',
			'/app/data/fast/c/t2_license_decisions.0000000003.json'
		])
			expect(routeOf(rules, path), path).toEqual(cache);
	});

	it('region-profile shards go to the fetch handler (cached on first use), pages and the rest too', () => {
		expect(routeOf(rules, '/app/data/fast/c/region-3208.0000000005.json')).toBe('fetch-event');
		for (const path of [
			'/app/',
			'/app/rank',
			'/app/data/reports.parquet',
			'/app/service-worker.js'
		])
			expect(routeOf(rules, path), path).toBe('none');
	});

	it('without precached metric columns, no rule sends them to the cache', () => {
		const base = staticRoutes('/app', 'ogi-1');
		expect(routeOf(base, '/app/data/fast/c/t2_license_decisions.0000000003.json')).toBe('none');
	});
});

describe('the metric columns install precaches', () => {
	it('every metric column the manifest names, no region shard, no common column', () => {
		expect(metricFiles(MANIFEST)).toEqual([
			'c/t2_license_decisions.0000000003.json',
			'c/t4_review_total.0000000004.json'
		]);
	});

	it('none at national scale (cached on first use instead)', () => {
		expect(metricFiles({ ...MANIFEST, rows: PRECACHE_METRICS_MAX_ROWS + 1 })).toEqual([]);
		expect(metricFiles({ ...MANIFEST, rows: 520_000 })).toEqual([]);
	});
});
