import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDB, run } from '../../../tests/helpers/duckdb';
import { metric } from '$lib/metrics/metrics';
import { DEFAULT_STATE, type ViewState } from '$lib/url/state';
import { reportsDdl } from './ddl';
import { kpis } from './kpis';
import { lawsuits, outcomes, reviews } from './outcomes';
import type { Query } from './sql';
import { coverage, failingReports, failuresByArea, failuresByRule } from './quality';
import { regionFindings, regionReports } from './region';
import { byProvince, byRegion, trend } from './selection';

let conn: DuckDBConnection;
const county: ViewState = { ...DEFAULT_STATE, level: 'county', year: 2023 };

beforeAll(async () => {
	conn = await openDuckDB();
	await conn.run(reportsDdl());
	await conn.run(
		`CREATE TABLE regions (code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR, province_code VARCHAR)`
	);
	await conn.run(
		`CREATE TABLE validation (report_id VARCHAR, rule VARCHAR, outcome VARCHAR, level VARCHAR, path VARCHAR, message VARCHAR, fields VARCHAR)`
	);
	await conn.run(
		`INSERT INTO regions VALUES ('320813','洪泽区','county','320800','320000'), ('320812','清江浦区','county','320800','320000'), ('540426','朗县','county','540400','540000'), ('320800','淮安市','prefecture','320000','320000')`
	);
	await conn.run(`INSERT INTO reports (report_id, region_code, region_name, region_level, province_code, parent_code, year, format_version, scope, data_origin, hard_ok,
		t3_new_received__total, t3_res_disclosed__total, t3_res_partial__total, t3_res_total__total, t2_fee_amount_10k_cny, t4_review_corrected, t4_review_total, t4_review_upheld) VALUES
		('a23', '320813', '洪泽区', 'county', '320000', '320800', 2023, '2021', 'government_itself', 'real', false, 21, 0, 4, 21, 7730.28, 1, 0, 10),
		('a22', '320813', '洪泽区', 'county', '320000', '320800', 2022, '2021', 'government_itself', 'synthetic', true, 10, 5, 0, 10, 100, 0, 2, 2),
		('b23', '320812', '清江浦区', 'county', '320000', '320800', 2023, '2021', 'government_itself', 'synthetic', true, 9, 3, NULL, 9, NULL, 0, 0, 0),
		('c23', '540426', '朗县', 'county', '540000', '540400', 2023, '2021', 'government_itself', 'synthetic', true, 1, 0, 0, 1, 1457, 1, 1, 0),
		('d23', '320800', '淮安市', 'prefecture', '320000', '320000', 2023, '2021', 'government_itself', 'synthetic', true, 500, 100, 50, 500, 1, 0, 0, 0),
		('e23', '320800', '淮安市', 'prefecture', '320000', '320000', 2023, '2021', 'region_aggregate', 'real', true, 3119, 1362, 454, 3050, 96171.6, 64, 351, 72)`);
	await conn.run(
		`INSERT INTO validation VALUES ('a23', 't4.review_sum', 'fail', 'error', '表四/行政复议', 'msg', 't4_review_total'), ('a23', 't3.balance', 'pass', NULL, NULL, NULL, NULL)`
	);
});

describe('selection queries add one level and one scope only', () => {
	it('trend sums the county governments per year, never the prefecture or a region-wide report', async () => {
		const rows = await run(conn, trend(county, metric('t3_new_received__total')!));
		expect(rows.map((r) => [r.year, r.value, r.n_reports])).toEqual([
			[2022, 10, 1],
			[2023, 31, 3]
		]);
	});

	it('byRegion ranks regions under the drill-down parent', async () => {
		const rows = await run(
			conn,
			byRegion({ ...county, parent: '320800' }, metric('disclosure_rate')!)
		);
		expect(rows.map((r) => [r.region_code, r.value, r.den])).toEqual([
			['320812', 3 / 9, 9],
			['320813', 4 / 21, 21]
		]);
		expect(rows[0]!.n_blank).toBe(1);
	});

	it('byProvince sums the level within each province, ignoring the drill-down', async () => {
		const rows = await run(
			conn,
			byProvince({ ...county, parent: '320800' }, metric('t3_new_received__total')!)
		);
		expect(rows.map((r) => [r.province_code, r.value])).toEqual([
			['320000', 30],
			['540000', 1]
		]);
	});

	it('kpis gives each metric for the year and the year before', async () => {
		const rows = await run(
			conn,
			kpis(county, [metric('t2_fee_amount_10k_cny')!, metric('review_correction_rate')!])
		);
		expect(rows).toEqual([
			{
				year: 2022,
				n_reports: 1,
				n_demo: 1,
				n_real: 0,
				m0_num: 100,
				m0_den: null,
				m0_blank: 0,
				m1_num: 0,
				m1_den: 2,
				m1_blank: 0
			},
			{
				year: 2023,
				n_reports: 3,
				n_demo: 2,
				n_real: 1,
				m0_num: expect.closeTo(9187.28, 6),
				m0_den: null,
				m0_blank: 1,
				m1_num: 2,
				m1_den: 1,
				m1_blank: 0
			}
		]);
	});

	it('outcomes and reviews group by year or by region', async () => {
		const byYear = await run(conn, outcomes(county, 'year'));
		expect(byYear.map((r) => [r.year, r.t3_res_disclosed__total, r.t3_res_total__total])).toEqual([
			[2022, 5, 10],
			[2023, 3, 31]
		]);
		const byReg = await run(conn, reviews({ ...county, parent: '320000' }, 'region'));
		// Largest review totals first; ties by code.
		expect(byReg.map((r) => [r.region_name, r.t4_review_upheld])).toEqual([
			['清江浦区', 0],
			['洪泽区', 10]
		]);
	});

	it('lawsuits rank regions by both kinds of lawsuit, not by reviews (a blank kind is skipped)', async () => {
		await conn.run('BEGIN');
		try {
			await conn.run(`UPDATE reports SET t4_lit_direct_total = CASE report_id WHEN 'a23' THEN 5 WHEN 'c23' THEN 1 END,
				t4_lit_after_review_total = CASE report_id WHEN 'c23' THEN 2 END`);
			const order = async (q: Query) =>
				(await run(conn, q)).map((r) => [r.region_code, r.t4_lit_direct_total, r.t4_review_total]);
			expect(await order(reviews(county, 'region'))).toEqual([
				['540426', 1, 1],
				['320812', null, 0],
				['320813', 5, 0]
			]);
			expect(await order(lawsuits(county, 'region'))).toEqual([
				['320813', 5, 0],
				['540426', 1, 1],
				['320812', null, 0]
			]);
			expect(lawsuits(county, 'year')).toEqual(reviews(county, 'year'));
		} finally {
			await conn.run('ROLLBACK');
		}
	});
});

describe('region and quality queries', () => {
	it('a region profile has every scope and year, and its findings', async () => {
		expect((await run(conn, regionReports('320800'))).map((r) => r.scope)).toEqual([
			'government_itself',
			'region_aggregate'
		]);
		expect(await run(conn, regionFindings('320813'))).toEqual([
			expect.objectContaining({
				report_id: 'a23',
				rule: 't4.review_sum',
				fields: 't4_review_total'
			})
		]);
	});

	it('coverage marks present, failing and missing bodies × years', async () => {
		const rows = await run(conn, coverage({ ...county, parent: '320800', from: 2022, to: 2023 }));
		expect(rows.map((r) => `${r.code} ${r.year} ${r.status}`)).toEqual([
			'320812 2022 missing',
			'320812 2023 ok',
			'320813 2022 ok',
			'320813 2023 failing'
		]);
	});

	it('failures by rule, by province, and the list to chase', async () => {
		expect(await run(conn, failuresByRule(county))).toEqual([
			{ rule: 't4.review_sum', year: 2023, n: 1 }
		]);
		expect(await run(conn, failuresByArea({ ...county, from: 2023 }))).toEqual([
			{ area_code: '320000', n_reports: 2, n_failing: 1 },
			{ area_code: '540000', n_reports: 1, n_failing: 0 }
		]);
		// Under a drill-down the table counts the same reports as the grid and the list.
		expect(await run(conn, failuresByArea({ ...county, from: 2023, parent: '320800' }))).toEqual([
			{ area_code: '320812', n_reports: 1, n_failing: 0 },
			{ area_code: '320813', n_reports: 1, n_failing: 1 }
		]);
		expect(
			(await run(conn, failingReports(county))).map((r) => [r.report_id, r.rules, r.messages])
		).toEqual([['a23', 't4.review_sum', 't4.review_sum\tmsg']]);
	});
});
