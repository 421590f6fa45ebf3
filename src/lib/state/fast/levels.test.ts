import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameRows } from '../../../../tests/helpers/same-rows';
import { openDuckDB, run } from '../../../../tests/helpers/duckdb';
import { encodeColumn, writeLevels } from '../../../../scripts/data/fast';
import { DERIVED_METRICS, metric } from '$lib/metrics/metrics';
import { aggregateSql } from '$lib/queries/aggregates';
import { byYear } from '$lib/queries/by-year';
import { kpis } from '$lib/queries/kpis';
import { applicants, lawsuits, outcomes, reviews } from '$lib/queries/outcomes';
import { byProvince, byRegion, trend } from '$lib/queries/selection';
import type { Query } from '$lib/queries/sql';
import { parseState, type ViewState } from '$lib/url/state';
import { KPI_METRICS, overviewQueries } from '$lib/views/overview';
import type { Column, FastData, FastLevel } from './columns';
import { columnsOf, evaluate } from './evaluate';
import { shapeOf } from './match';

// Lower levels made from the bundled government reports, so the sums have the real data's blanks,
// formats, origins and failed identities: every report once, and about half of them again with
// other values, some cells blanked and a few counted as real, so most groups sum several reports.
// Departments report on their organ; townships keep the governments' scopes.
const SECOND = `SELECT * REPLACE (
		report_id || '-2' AS report_id,
		CASE WHEN hash(report_id) % 3 = 0 THEN NULL ELSE "t3_new_received__total" * 2 END AS "t3_new_received__total",
		CASE WHEN hash(report_id) % 5 = 0 THEN NULL ELSE "t3_res_disclosed__total" END AS "t3_res_disclosed__total",
		CASE WHEN hash(report_id) % 7 = 0 THEN NOT hard_ok ELSE hard_ok END AS hard_ok,
		CASE WHEN hash(report_id) % 11 = 0 THEN 'real' ELSE data_origin END AS data_origin)
	FROM read_parquet('data/reports.parquet') WHERE hash(report_id) % 2 = 0`;
const bodies = (level: string, scope: string) =>
	`(SELECT * REPLACE (${scope} AS scope), '${level}' AS body_level, report_id AS body_id FROM (
		SELECT * FROM read_parquet('data/reports.parquet') UNION ALL ${SECOND}))`;
const LEVELS = { department: `'organ'`, township: 'scope' } as const;

let conn: DuckDBConnection;
let levels: Record<string, FastLevel>;
const files = new Map<string, Column>();
const government = new Map<string, Column>();
const governmentDicts: Record<string, string[]> = {};

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'fast-levels-'));
	mkdirSync(join(dir, 'parts'));
	conn = await openDuckDB();
	const partitions = [];
	for (const [level, scope] of Object.entries(LEVELS)) {
		const file = `parts/agg-${level}.parquet`;
		await conn.run(
			`COPY (${aggregateSql(bodies(level, scope))}) TO '${join(dir, file)}' (FORMAT parquet)`
		);
		await conn.run(`CREATE TABLE agg_${level} AS SELECT * FROM read_parquet('${join(dir, file)}')`);
		partitions.push({ table: `agg_${level}`, file, body_level: level, province: null });
	}
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 1, partitions }));
	levels = await writeLevels(dir, (name, text) => files.set(name, JSON.parse(text) as Column));
	// Governments: the bundled reports, encoded as scripts/data/fast.ts encodes them.
	await conn.run(`CREATE TABLE reports AS SELECT * FROM read_parquet('data/reports.parquet')`);
	const described = (await conn.runAndReadAll('DESCRIBE reports')).getRowObjectsJson();
	for (const c of described) {
		const name = String(c.column_name);
		const values = (
			await conn.runAndReadAll(`SELECT "${name}" AS v FROM reports`)
		).getColumnsObjectJson().v as (string | number | boolean | null)[];
		const { data, dict } = encodeColumn(values, String(c.column_type));
		government.set(name, data as Column);
		if (dict) governmentDicts[name] = dict;
	}
}, 600_000); // a failsafe: the sums and their files take seconds on an idle machine

/** The fast data of a shape, refusing any column `columnsOf` did not list. */
function dataFor(level: string | undefined, names: string[]): FastData {
	const column = (n: string) => {
		if (!names.includes(n)) throw new Error(`${n} read but not listed by columnsOf`);
		const c = level ? files.get(`${level}:${n}`) : government.get(n);
		if (!c) throw new Error(`no file for ${level}:${n}`);
		return c;
	};
	if (!level) return { rows: government.get('year')!.length, dicts: governmentDicts, column };
	return { ...levels[level]!, aggregated: true, column };
}

/** Every mirrored builder for a state, over the link's metric and a few others. */
function queriesOf(state: ViewState): Query[] {
	const metrics = [
		metric(state.metric)!,
		DERIVED_METRICS[0]!,
		metric('t2_fee_amount_10k_cny')!,
		metric('t4_review_total')!,
		metric('t3_new_received__total')!
	];
	return [
		...Object.values(overviewQueries(state)),
		kpis(state, KPI_METRICS),
		kpis(state, KPI_METRICS, state.year - 2),
		...metrics.flatMap((x) => [trend(state, x), byRegion(state, x), byProvince(state, x)]),
		byYear(state, metrics[0]!),
		outcomes(state, 'year'),
		outcomes(state, 'region'),
		applicants(state),
		reviews(state, 'year'),
		reviews(state, 'region'),
		lawsuits(state, 'region')
	];
}

const LOWER_LINKS = [
	'/?m=disclosure_rate&y=2023&lvl=county&p=320000&body=department',
	'/?body=township&lvl=county',
	'/rank?m=t3_new_received__total&y=2021&lvl=prefecture&body=department',
	'/rank?m=t2_fee_amount_10k_cny&y=2024&lvl=county&p=440000&ok=1&body=township',
	'/compare?m=disclosure_rate&r=540426%2C320813%2C110000&body=department',
	'/requests?by=region&y=2022&lvl=county&p=320800&body=department',
	'/review?lvl=county&real=1&body=township',
	'/?m=natural_person_share&lvl=province&from=2020&to=2023&body=department'
];

describe('departments and townships: the fast files of their sums answer as DuckDB does', () => {
	for (const link of LOWER_LINKS)
		it(link, async () => {
			const state = parseState(new URL(link, 'http://x').searchParams).state;
			expect(state.body).not.toBe('government');
			let nonEmpty = 0;
			for (const q of queriesOf(state)) {
				expect(q.sql).toContain(`FROM agg_${state.body}`);
				const shape = shapeOf(q, state);
				expect(shape, q.sql).not.toBeNull();
				expect(shape!.level).toBe(state.body);
				const want = await run(conn, q);
				expectSameRows(evaluate(dataFor(shape!.level, columnsOf(shape!)), shape!), want);
				if (want.length) nonEmpty++;
			}
			expect(nonEmpty).toBeGreaterThan(5);
		});

	it('counts a group of several reports, its blanks, and a missing origin as null, as SUM does', async () => {
		const state = parseState(
			new URLSearchParams('m=t3_new_received__total&y=2023&lvl=county&body=department')
		).state;
		const q = byRegion(state, metric('t3_new_received__total')!);
		const want = await run<{ n_reports: number; n_blank: number; n_real: number | null }>(conn, q);
		expect(want.some((r) => r.n_reports > 1 && r.n_blank > 0)).toBe(true);
		expect(want.some((r) => r.n_real === null)).toBe(true);
		expect(want.some((r) => r.n_real !== null && r.n_real > 0)).toBe(true);
		const shape = shapeOf(q, state)!;
		expectSameRows(evaluate(dataFor('department', columnsOf(shape)), shape), want);
	});

	it('leaves the bodies of one county (a province partition) to DuckDB', () => {
		const state = parseState(new URLSearchParams('lvl=county&p=320813&body=department')).state;
		const q = trend(state, metric(state.metric)!);
		expect(q.sql).toContain('FROM reports_department_32');
		expect(shapeOf(q, state)).toBeNull();
		// The tile map and picked regions still read the sums.
		expect(shapeOf(byProvince(state, metric(state.metric)!), state)?.level).toBe('department');
	});
});

describe('governments drilled down to one county: the county itself, as filtersToWhere reads it', () => {
	it('matches region_code, not parent_code', async () => {
		const state = parseState(new URLSearchParams('lvl=county&p=320813&m=disclosure_rate')).state;
		for (const q of [trend(state, metric(state.metric)!), kpis(state, KPI_METRICS)]) {
			const want = await run(conn, q);
			expect(want.length).toBeGreaterThan(0);
			const shape = shapeOf(q, state)!;
			expect(shape.level).toBeUndefined();
			expectSameRows(evaluate(dataFor(undefined, columnsOf(shape)), shape), want);
		}
	});
});
