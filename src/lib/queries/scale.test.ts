import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDB, run } from '../../../tests/helpers/duckdb';
import { BODY_REPORT_COLUMNS } from '$lib/dataset/tables';
import { metric } from '$lib/metrics/metrics';
import { DEFAULT_STATE, type ViewState } from '$lib/url/state';
import { aggregateSql } from './aggregates';
import { byYear } from './by-year';
import { reportsDdl } from './ddl';
import { kpis } from './kpis';
import { outcomes } from './outcomes';
import { byProvince, byRegion, trend } from './selection';
import { isCountyCode, sourceOf } from './source';

const county: ViewState = { ...DEFAULT_STATE, level: 'county', year: 2023 };
const dept: ViewState = { ...county, body: 'department' };
const requests = metric('t3_new_received__total')!;
const disclosure = metric('disclosure_rate')!;

describe('partition selection (sourceOf)', () => {
	it('reads governments from reports, whatever the drill-down', () => {
		for (const parent of [null, '320000', '320800', '320813'])
			expect(sourceOf({ body: 'government', parent }).table).toBe('reports');
	});

	it('reads one province partition for the bodies of one county, each body a row', () => {
		expect(sourceOf({ body: 'department', parent: '320813' })).toEqual({
			table: 'reports_department_32',
			aggregated: false,
			perBody: true,
			body: 'department'
		});
		expect(sourceOf({ body: 'township', parent: '540426' }).table).toBe('reports_township_54');
	});

	it('reads the sums by region for any wider selection of a lower level', () => {
		for (const parent of [null, '320000', '320800'])
			expect(sourceOf({ body: 'township', parent })).toMatchObject({
				table: 'agg_township',
				aggregated: true,
				perBody: false
			});
	});

	it('tells county codes from prefecture and province codes', () => {
		expect(['320813', '110101', '540426'].map(isCountyCode)).toEqual([true, true, true]);
		expect(['320800', '320000', '3208'].map(isCountyCode)).toEqual([false, false, false]);
	});
});

let conn: DuckDBConnection;

// Departments of two counties of 淮安 and one of the prefecture itself, plus the county's own
// government report (which must never be added to its departments).
const ROWS = `
	('g23', '320813', '洪泽区', 'county', '320000', '320800', 2023, '2021', 'government_itself', 'synthetic', true, '洪泽区人民政府', 100, 10, 5, 100, NULL, NULL),
	('d1', '320813', '洪泽区', 'county', '320000', '320800', 2023, '2021', 'organ', 'synthetic', true, '洪泽区教育局', 4, 1, 1, 4, 'department', '320813-organ-01'),
	('d2', '320813', '洪泽区', 'county', '320000', '320800', 2023, '2021', 'organ', 'synthetic', false, '洪泽区公安局', NULL, NULL, NULL, NULL, 'department', '320813-organ-02'),
	('d3', '320813', '洪泽区', 'county', '320000', '320800', 2023, '2021', 'organ', 'synthetic', true, '洪泽区民政局', 6, 2, NULL, 6, 'department', '320813-organ-03'),
	('d4', '320813', '洪泽区', 'county', '320000', '320800', 2022, '2021', 'organ', 'synthetic', true, '洪泽区教育局', 3, 3, 0, 3, 'department', '320813-organ-01'),
	('d5', '320812', '清江浦区', 'county', '320000', '320800', 2023, '2021', 'organ', 'synthetic', true, '清江浦区教育局', 0, 0, 0, 0, 'department', '320812-organ-01'),
	('d6', '320800', '淮安市', 'prefecture', '320000', '320000', 2023, '2021', 'organ', 'synthetic', true, '淮安市教育局', 50, 20, 5, 50, 'department', '320800-organ-01')`;

beforeAll(async () => {
	conn = await openDuckDB();
	const cols = BODY_REPORT_COLUMNS.map((c) => `"${c.id}" ${c.type}`).join(', ');
	await conn.run(`CREATE TABLE everything (${cols})`);
	await conn.run(`INSERT INTO everything (report_id, region_code, region_name, region_level, province_code, parent_code, year, format_version, scope, data_origin, hard_ok, organ_name,
		t3_new_received__total, t3_res_disclosed__total, t3_res_partial__total, t3_res_total__total, body_level, body_id) VALUES ${ROWS}`);
	await conn.run(reportsDdl());
	await conn.run(
		`INSERT INTO reports SELECT * EXCLUDE (body_level, body_id) FROM everything WHERE body_level IS NULL`
	);
	await conn.run(
		`CREATE TABLE reports_department_32 AS SELECT * FROM everything WHERE body_level = 'department'`
	);
	await conn.run(
		`CREATE TABLE agg_department AS ${aggregateSql('(SELECT * FROM reports_department_32)')}`
	);
});

describe('aggregates of lower bodies', () => {
	it('keep sums, report counts and value counts per region × year (blank never 0)', async () => {
		const rows = await conn.runAndReadAll(
			`SELECT region_code, year, SUM(n_reports)::INT AS n, SUM(t3_new_received__total) AS s,
				SUM("n__t3_new_received__total")::INT AS v, SUM("blank__disclosure_rate")::INT AS b
			 FROM agg_department GROUP BY ALL ORDER BY ALL`
		);
		expect(rows.getRowObjectsJson()).toEqual([
			{ region_code: '320800', year: 2023, n: 1, s: 50, v: 1, b: 0 },
			{ region_code: '320812', year: 2023, n: 1, s: 0, v: 1, b: 0 },
			{ region_code: '320813', year: 2022, n: 1, s: 3, v: 1, b: 0 },
			// three reports, two values: the blank one is counted, not summed as 0
			{ region_code: '320813', year: 2023, n: 3, s: 10, v: 2, b: 2 }
		]);
	});

	it('answer the level queries exactly as the detail rows would', async () => {
		const q = trend(dept, requests);
		expect(q.sql).toContain('FROM agg_department');
		const fromAgg = await run(conn, q);
		const detail = await conn.runAndReadAll(
			`SELECT year, SUM(t3_new_received__total)::DOUBLE AS value, COUNT(*)::INT AS n_reports,
				COUNT(*) FILTER (WHERE t3_new_received__total IS NULL)::INT AS n_blank
			 FROM reports_department_32 WHERE region_level = 'county' GROUP BY year ORDER BY year`
		);
		expect(fromAgg.map((r) => [r.year, r.value, r.n_reports, r.n_blank])).toEqual(
			detail.getRowsJson()
		);
		expect(fromAgg.map((r) => [r.year, r.value, r.n_reports, r.n_blank])).toEqual([
			[2022, 3, 1, 0],
			[2023, 10, 4, 1]
		]);
	});

	it('count blanks of a derived metric and rank counties by their departments', async () => {
		const rows = await run(conn, byRegion({ ...dept, parent: '320800' }, disclosure));
		expect(rows.map((r) => [r.region_code, r.num, r.den, r.n_reports, r.n_blank])).toEqual([
			['320813', 4, 10, 3, 2],
			['320812', 0, 0, 1, 0]
		]);
	});

	it('never add the county government to its departments, nor prefecture departments to counties', async () => {
		const gov = await run(conn, trend(county, requests));
		expect(gov.map((r) => [r.year, r.value])).toEqual([[2023, 100]]);
		const provinces = await run(conn, byProvince(dept, requests));
		expect(provinces.map((r) => [r.province_code, r.value, r.n_reports])).toEqual([
			['320000', 10, 4]
		]);
		const prefectures = await run(conn, kpis({ ...dept, level: 'prefecture' }, [requests]));
		expect(prefectures.map((r) => [r.year, r.m0_num, r.n_reports])).toEqual([[2023, 50, 1]]);
	});

	it('list the departments of one county from its province partition', async () => {
		const q = byRegion({ ...dept, parent: '320813' }, requests);
		expect(q.sql).toContain('FROM reports_department_32');
		const rows = await run(conn, q);
		expect(rows.map((r) => [r.region_code, r.region_name, r.value, r.n_blank])).toEqual([
			['320813-organ-03', '洪泽区民政局', 6, 0],
			['320813-organ-01', '洪泽区教育局', 4, 0],
			['320813-organ-02', '洪泽区公安局', null, 1]
		]);
		const sums = await run(conn, outcomes({ ...dept, parent: '320813' }, 'region'));
		expect(sums.map((r) => r.region_code)).toContain('320813-organ-01');
	});

	it('compare picked regions by their departments summed', async () => {
		const rows = await run(conn, byYear({ ...dept, regions: ['320813', '320812'] }, requests));
		expect(rows.map((r) => [r.region_code, r.year, r.value, r.n_reports])).toEqual([
			['320812', 2023, 0, 1],
			['320813', 2022, 3, 1],
			['320813', 2023, 10, 3]
		]);
	});

	it('keep the governments’ SQL as before (the prebuilt and fast answers match it)', () => {
		expect(trend(county, requests).sql).toContain('FROM reports WHERE');
		expect(trend(county, requests).sql).toContain('COUNT(*)::INTEGER AS n_reports');
	});
});
