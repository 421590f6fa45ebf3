import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameRows } from '../../../../tests/helpers/same-rows';
import { openDataset, run } from '../../../../tests/helpers/duckdb';
import { SHARED_LINKS } from '../../../../tests/shared-links';
import { writeFast } from '../../../../scripts/data/fast';
import { DERIVED_METRICS, metric } from '$lib/metrics/metrics';
import { byYear } from '$lib/queries/by-year';
import { kpis } from '$lib/queries/kpis';
import { applicants, lawsuits, outcomes, reviews } from '$lib/queries/outcomes';
import { coverage, failingReports, failuresByArea, failuresByRule } from '$lib/queries/quality';
import { regionFindings, regionReports } from '$lib/queries/region';
import { allRegions } from '$lib/queries/regions';
import { byProvince, byRegion, trend } from '$lib/queries/selection';
import type { Query } from '$lib/queries/sql';
import { parseState, type ViewState } from '$lib/url/state';
import { KPI_METRICS, overviewQueries } from '$lib/views/overview';
import { COVERAGE_BODIES } from '$lib/views/quality';
import type { Column, FastData, FastManifest } from './columns';
import { columnsOf, evaluate } from './evaluate';
import { shapeOf } from './match';
import { evaluateQuality, qualityColumns, qualityShape, type Failures } from './quality';
import { answerRegion, regionQuery, REGION_SHARD, type RegionShard } from './region';

let conn: DuckDBConnection;
let manifest: FastManifest;
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'fast-'));
	manifest = await writeFast('data', dir);
	conn = await openDataset();
}, 600_000); // a failsafe: writing the files takes seconds on an idle machine

const json = <T>(path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;

const cache = new Map<string, Column>();
function load(names: string[]): FastData {
	for (const n of names) if (!cache.has(n)) cache.set(n, json<Column>(manifest.files[n]!));
	return {
		rows: manifest.rows,
		dicts: manifest.dicts,
		column: (n) => {
			if (!names.includes(n)) throw new Error(`${n} read but not listed by columnsOf`);
			return cache.get(n)!;
		}
	};
}

/** The queries each view's page issues for a state (as its +page.svelte builds them). */
function pageQueries(path: string, state: ViewState): Query[] {
	const m = metric(state.metric)!;
	switch (path) {
		case '/':
			return Object.values(overviewQueries(state));
		case '/compare':
			return state.regions.length ? [byYear(state, m)] : [];
		case '/rank':
			return [byRegion(state, m)];
		case '/requests':
			return [
				outcomes(state),
				applicants(state),
				trend(state, metric('t3_carried_forward__total')!),
				trend(state, metric('disclosure_rate')!)
			];
		case '/review':
			return [
				reviews(state),
				lawsuits(state),
				trend(state, metric('review_correction_rate')!),
				trend(state, metric('litigation_correction_rate')!)
			];
		default:
			return [];
	}
}

/** A page's queries plus the other mirrored shapes for the same state, over a few more metrics. */
function viewQueries(path: string, state: ViewState): Query[] {
	const others = [
		metric(state.metric)!,
		DERIVED_METRICS[0]!,
		metric('t2_fee_amount_10k_cny')!,
		metric('t4_review_total')!
	];
	return [
		...pageQueries(path, state),
		kpis(state, KPI_METRICS),
		...others.flatMap((x) => [trend(state, x), byRegion(state, x), byProvince(state, x)]),
		byRegion(state, others[0]!, state.year - 1),
		byYear(state, others[0]!),
		outcomes(state, 'year'),
		outcomes(state, 'region'),
		applicants(state),
		reviews(state, 'year'),
		reviews(state, 'region'),
		lawsuits(state, 'region')
	];
}

describe('the fast evaluator answers the view queries exactly as DuckDB does', () => {
	for (const link of SHARED_LINKS)
		it(link, async () => {
			const url = new URL(link, 'http://x');
			const state = parseState(url.searchParams).state;
			expect(
				pageQueries(url.pathname, state).length > 0 || /^\/(region|quality)$/.test(url.pathname)
			).toBe(true);
			for (const q of viewQueries(url.pathname, state)) {
				const shape = shapeOf(q, state);
				expect(shape, q.sql).not.toBeNull();
				const got = evaluate(load(columnsOf(shape!)), shape!);
				expectSameRows(got, await run(conn, q));
			}
		});

	it('serves the region list as DuckDB gives it', async () => {
		expect(json(manifest.files.regions!)).toEqual(await run(conn, allRegions()));
	});

	it('matches nothing for a query no mirrored builder gives for the state', () => {
		const state = parseState(new URLSearchParams('y=2023')).state;
		const other = trend({ ...state, from: 2020, to: 2020 }, metric('disclosure_rate')!);
		expect(shapeOf(other, state)).toBeNull();
		expect(shapeOf({ sql: 'SELECT * FROM reports', params: [] }, state)).toBeNull();
		// The quality list's messages and levels are not in the fast files: DuckDB answers it.
		expect(qualityShape(failingReports(state), state)).toBeNull();
	});
});

describe('region profiles come from their shard as DuckDB gives them', () => {
	for (const code of ['320813', '540426', '110000', '320800', '440300'])
		it(code, async () => {
			const shard = json<RegionShard>(manifest.files[`region:${code.slice(0, REGION_SHARD)}`]!);
			for (const q of [regionReports(code), regionFindings(code)]) {
				const which = regionQuery(q)!;
				expect(which.code).toBe(code);
				expectSameRows(answerRegion(shard, code, which.kind), await run(conn, q));
			}
		});
});

describe('data-quality shapes: coverage, failures by area and by rule', () => {
	for (const link of SHARED_LINKS.filter((l) => /quality|lvl=county/.test(l)))
		it(link, async () => {
			const state = parseState(new URL(link, 'http://x').searchParams).state;
			for (const q of [
				coverage(state, COVERAGE_BODIES),
				coverage(state),
				failuresByArea(state),
				failuresByRule(state)
			]) {
				const shape = qualityShape(q, state);
				expect(shape, q.sql).not.toBeNull();
				const got = evaluateQuality(
					load(qualityColumns(shape!)),
					shape!,
					json(manifest.files.regions!),
					json<Failures>(manifest.files.failures!)
				);
				expectSameRows(got, await run(conn, q));
			}
		});
});
