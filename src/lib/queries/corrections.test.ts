import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset, run } from '../../../tests/helpers/duckdb';
import { correctionList, type CorrectionFilter, type CorrectionRow } from './corrections';
import { sectionTexts, type SectionTextRow } from './texts';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await openDataset();
});

const HUAIAN: CorrectionFilter = {
	region: '320800',
	year: 2024,
	copyThreshold: 0.5,
	today: '2026-11-30',
	governmentDue: '2025-03-31'
};

describe('correction list on the published dataset', () => {
	it('淮安市 2024: the real reports’ findings, every failed validation row of its bodies, late ones', async () => {
		const rows = await run<CorrectionRow>(conn, correctionList(HUAIAN));
		const real = rows
			.filter((r) => r.data_origin === 'real')
			.map((r) => `${r.report_id} ${r.rule}`);
		expect(real).toEqual([
			'320800-2024-region_aggregate text.fees',
			'320813-2024-gov copy.previous_year',
			'320813-2024-gov cross.jump',
			'320813-2024-gov text.table'
		]);
		const [count] = await run<{ n: number }>(conn, {
			sql: `SELECT COUNT(*)::INTEGER AS n FROM validation v JOIN reports r USING (report_id) JOIN regions g ON g.code = r.region_code
				WHERE r.year = 2024 AND (g.code = '320800' OR g.parent_code = '320800') AND v.outcome = 'fail' AND v.rule NOT LIKE 'copy.%'`,
			params: []
		});
		expect(
			rows.filter((r) => !r.rule.startsWith('time.') && !r.rule.startsWith('copy.'))
		).toHaveLength(count!.n);
		for (const late of rows.filter((r) => r.rule === 'time.late'))
			expect(late.days_late).toBeGreaterThan(0);
	});

	it('the copy threshold is a parameter: at 40 % section 五 of 洪泽区 is listed too', async () => {
		const rows = await run<CorrectionRow>(conn, correctionList({ ...HUAIAN, copyThreshold: 0.4 }));
		expect(
			rows
				.filter((r) => r.rule === 'copy.previous_year')
				.map((r) => [r.report_id, r.section, r.share])
		).toEqual([
			['320813-2024-gov', 1, 0.502],
			['320813-2024-gov', 5, 0.438]
		]);
	});

	it('lists every body without a report once the deadline has passed, and none before', async () => {
		const future = { ...HUAIAN, year: 2026, governmentDue: '2027-03-31' };
		const missing = await run<CorrectionRow>(
			conn,
			correctionList({ ...future, today: '2027-04-01' })
		);
		expect(missing.map((r) => r.rule)).toEqual(Array(8).fill('time.missing'));
		expect(
			await run<CorrectionRow>(conn, correctionList({ ...future, today: '2027-03-31' }))
		).toEqual([]);
	});

	it('reads one section of two reports for the side-by-side view', async () => {
		const rows = await run<SectionTextRow>(
			conn,
			sectionTexts(5, ['320813-2024-gov', '320813-2023-gov'])
		);
		expect(rows.map((r) => r.report_id)).toEqual(['320813-2023-gov', '320813-2024-gov']);
		expect(rows[1]!.text).toContain('扎实推进依申请公开工作');
	});
});

describe('timeliness queries on the published dataset', () => {
	it('on time + late + unknown = reports, by year; late reports are late; bands add up', async () => {
		const { DEFAULT_STATE } = await import('$lib/url/state');
		const { timelinessByYear, timelinessByArea, lateReports, rateBands } =
			await import('./timeliness');
		const { BAND_METRICS } = await import('$lib/views/timeliness');
		const state = { ...DEFAULT_STATE, level: 'county' as const, parent: '320800', year: 2024 };
		const years = await run<{ year: number; on_time: number; late: number; unknown: number }>(
			conn,
			timelinessByYear(state)
		);
		expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		for (const y of years) expect(y.on_time + y.late + y.unknown).toBe(7);
		const areas = await run<{ area_code: string; on_time: number; late: number }>(
			conn,
			timelinessByArea({ ...state, parent: '320000' })
		);
		expect(new Set(areas.map((a) => a.area_code)).size).toBe(13);
		const huaian = areas.filter((a) => a.area_code === '320800');
		expect(huaian.map((a) => a.on_time + a.late)).toEqual(years.map((y) => y.on_time + y.late));
		for (const r of await run<{ days_late: number }>(conn, lateReports(state)))
			expect(r.days_late).toBeGreaterThan(0);
		for (const m of BAND_METRICS) {
			const rows = await run<{ n: number }>(conn, rateBands(state, m));
			expect(rows.reduce((s, r) => s + r.n, 0)).toBe(7);
		}
	});
});
