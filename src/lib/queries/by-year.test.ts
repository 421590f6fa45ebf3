import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDB, run } from '../../../tests/helpers/duckdb';
import { metric } from '$lib/metrics/metrics';
import { DEFAULT_STATE } from '$lib/url/state';
import { byYear } from './by-year';
import { reportsDdl } from './ddl';

let conn: DuckDBConnection;

beforeAll(async () => {
	conn = await openDuckDB();
	await conn.run(reportsDdl());
	await conn.run(`INSERT INTO reports (report_id, region_code, region_name, year, format_version, scope, data_origin, hard_ok,
		t3_new_received__total, t3_res_disclosed__total, t3_res_partial__total, t3_res_total__total, t2_fee_amount_10k_cny) VALUES
		('a', '540426', '朗县', 2021, '2021', 'government_itself', 'real', true, 1, 0, NULL, 1, 1457),
		('b', '540426', '朗县', 2020, '2019', 'government_itself', 'synthetic', true, NULL, 2, 1, 4, NULL),
		('c', '540426', '朗县', 2022, '2021', 'region_aggregate', 'synthetic', true, 50, 5, 5, 50, 3),
		('d', '320813', '洪泽区', 2021, '2021', 'government_itself', 'synthetic', false, 7, 3, 1, 8, 20)`);
});

describe('byYear', () => {
	it('uses parameters for every value and quoted schema identifiers', () => {
		const q = byYear({ ...DEFAULT_STATE, regions: ['540426'] }, metric('t3_new_received__total')!);
		expect(q.sql).toContain('"t3_new_received__total"');
		expect(q.sql).not.toContain('540426');
		expect(q.params).toEqual(['government_itself', 2019, 2025, '540426']);
	});

	it('sums one scope only and keeps a blank a blank', async () => {
		const rows = await run(
			conn,
			byYear({ ...DEFAULT_STATE, regions: ['540426'] }, metric('t3_new_received__total')!)
		);
		expect(rows).toEqual([
			expect.objectContaining({ year: 2020, value: null, n_blank: 1, n_demo: 1 }),
			expect.objectContaining({ year: 2021, value: 1, n_blank: 0, n_demo: 0 })
		]);
	});

	it('computes rates from sums, counting a blank part as left out', async () => {
		const rows = await run(
			conn,
			byYear({ ...DEFAULT_STATE, regions: ['540426', '320813'] }, metric('disclosure_rate')!)
		);
		const byKey = Object.fromEntries(rows.map((r) => [`${r.region_code}|${r.year}`, r]));
		expect(byKey['540426|2020']).toMatchObject({ num: 3, den: 4, value: 0.75 });
		expect(byKey['540426|2021']).toMatchObject({ num: 0, den: 1, value: 0, n_blank: 1 });
		expect(byKey['320813|2021']).toMatchObject({ value: 0.5 });
	});

	it('drops years whose format does not print a comparable value (fees)', async () => {
		const rows = await run(
			conn,
			byYear({ ...DEFAULT_STATE, regions: ['540426'] }, metric('t2_fee_amount_10k_cny')!)
		);
		expect(rows.map((r) => r.year)).toEqual([2021]);
	});

	it('applies real-only and consistent-only filters', async () => {
		const real = await run(
			conn,
			byYear(
				{ ...DEFAULT_STATE, regions: ['540426', '320813'], realOnly: true },
				metric('t3_new_received__total')!
			)
		);
		expect(real.map((r) => r.region_code)).toEqual(['540426']);
		const ok = await run(
			conn,
			byYear(
				{ ...DEFAULT_STATE, regions: ['320813'], consistentOnly: true },
				metric('t3_new_received__total')!
			)
		);
		expect(ok).toEqual([]);
	});
});
