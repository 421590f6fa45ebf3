import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	FIELDS,
	HARD_RULES,
	META_COLUMNS,
	sqlType,
	t3,
	T3_COLUMNS,
	type FieldId
} from '../src/lib/report';
import { buildNationalDataset, type NationalDataset } from '../scripts/data/national';
import { finishPublication } from '../scripts/data/publish';
import { writeDataset } from '../scripts/data/write';
import { openDataset, run } from './helpers/duckdb';

let dataset: NationalDataset;

beforeAll(async () => {
	dataset = await buildNationalDataset({ seed: 20260101 });
});

const key = (id: string, rule: string, path: string) => `${id}|${rule}|${path}`;

describe('national dataset', () => {
	it('has one government report per region and year, 2019–2025', () => {
		expect(dataset.regions).toHaveLength(31 + 333 + 2844);
		const gov = dataset.reports.filter((r) => r.meta.scope === 'government_itself');
		expect(gov).toHaveLength(dataset.regions.length * 7);
		const ids = new Set(dataset.reports.map((r) => r.meta.report_id));
		expect(ids.size).toBe(dataset.reports.length);
	});

	it('uses the 2019 format for 2019–2020 and the 2021 format after', () => {
		for (const r of dataset.reports)
			expect(r.report.format_version).toBe((r.report.year ?? 0) >= 2021 ? '2021' : '2019');
	});

	it('finds exactly the injected defects and nothing else in the demo rows', () => {
		const found = new Set(
			dataset.reports
				.filter((r) => r.meta.data_origin === 'synthetic')
				.flatMap((r) => r.issues.map((i) => key(r.meta.report_id, i.rule, i.path)))
		);
		const expected = new Set(
			dataset.defects.flatMap((d) => d.expected.map((e) => key(d.report_id, e.rule, e.path)))
		);
		expect(dataset.defects.length / dataset.reports.length).toBeGreaterThan(0.01);
		expect(dataset.defects.length / dataset.reports.length).toBeLessThan(0.03);
		expect(new Set(dataset.defects.map((d) => d.kind))).toEqual(
			new Set(['row_total_off', 'blank_total', 'carry_break', 'split_digit'])
		);
		expect([...found].sort()).toEqual([...expected].sort());
	});

	it('holds every hard identity on every report without a defect', () => {
		const defective = new Set(dataset.defects.map((d) => d.report_id));
		const hard = new Set<string>(HARD_RULES);
		const failing = dataset.reports.filter(
			(r) =>
				r.meta.data_origin === 'synthetic' &&
				!defective.has(r.meta.report_id) &&
				r.issues.some((i) => hard.has(i.rule))
		);
		expect(failing).toEqual([]);
		expect(dataset.reports.filter((r) => !r.row.hard_ok).length).toBeGreaterThan(0);
	});

	it('carries each column forward into next year', () => {
		const byId = new Map(dataset.reports.map((r) => [r.meta.report_id, r]));
		const broken = new Set(
			dataset.defects.filter((d) => d.kind === 'carry_break').map((d) => d.report_id)
		);
		let checked = 0;
		// Collected and compared once: an expect per cell (≈ 150,000) took seconds.
		const unequal: string[] = [];
		for (const r of dataset.reports) {
			const year = r.report.year ?? 0;
			const prev = byId.get(r.meta.report_id.replace(`-${year}-`, `-${year - 1}-`));
			if (!prev || broken.has(r.meta.report_id)) continue;
			// Real reports are never compared with demo neighbours.
			if (r.meta.data_origin !== prev.meta.data_origin) continue;
			for (const col of T3_COLUMNS) {
				const now = r.report.values[t3('carried_over_in', col)];
				const before = prev.report.values[t3('carried_forward', col)];
				if (!Object.is(now, before)) unequal.push(`${r.meta.report_id} ${col}: ${now} ≠ ${before}`);
			}
			checked++;
		}
		expect(unequal).toEqual([]);
		expect(checked).toBeGreaterThan(19_000);
	});

	it('keeps applicants ≈95% natural persons, as the calibration figures', () => {
		let natural = 0;
		let all = 0;
		for (const r of dataset.reports) {
			natural += r.report.values.t3_new_received__natural_person ?? 0;
			all += r.report.values.t3_new_received__total ?? 0;
		}
		expect(natural / all).toBeGreaterThan(0.9);
		expect(natural / all).toBeLessThan(0.99);
	});
});

describe('real reports', () => {
	const real = () => dataset.reports.filter((r) => r.meta.data_origin === 'real');

	it('go through the parser into the dataset with their source', () => {
		expect(
			real()
				.map((r) => r.meta.report_id)
				.sort()
		).toEqual([
			'320800-2024-region_aggregate',
			'320813-2023-gov',
			'320813-2024-gov',
			'540426-2021-gov'
		]);
		for (const r of real()) expect(r.meta.source).toMatch(/data\/reports\//);
		const lang = real().find((r) => r.meta.report_id === '540426-2021-gov')!;
		expect(lang.report.values.t2_license_decisions).toBe(11221);
		expect(lang.row.region_name).toBe('朗县');
	});

	it('replace the synthetic row of the same body, year and scope, and only that', () => {
		const ids = dataset.reports.map((r) => r.meta.report_id);
		expect(ids.filter((id) => id === '320813-2023-gov')).toHaveLength(1);
		const govHuaian = dataset.reports.find((r) => r.meta.report_id === '320800-2024-gov')!;
		expect(govHuaian.meta.data_origin).toBe('synthetic');
	});

	it('keep the errors printed in the source, reported and not fixed', () => {
		const hz = real().find((r) => r.meta.report_id === '320813-2023-gov')!;
		expect(hz.report.values.t4_review_total).toBe(0);
		expect(hz.issues.map((i) => i.rule)).toEqual(
			expect.arrayContaining(['t4.review_sum', 't4.lit_after_review_sum'])
		);
		expect(hz.row.hard_ok).toBe(false);
		const rows = dataset.validation.filter((v) => v.report_id === '320813-2024-gov');
		expect(rows.find((v) => v.rule === 'cross.carry')?.outcome).toBe('pass');
		expect(rows.find((v) => v.rule === 'text.table')?.outcome).toBe('fail');
	});
});

describe('published files', () => {
	it('have exactly the schema’s columns and types', async () => {
		const conn = await openDataset();
		const cols = await run<{ column_name: string; column_type: string }>(conn, {
			sql: 'DESCRIBE reports',
			params: []
		});
		expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
			...META_COLUMNS.map((c) => [c.id, c.type]),
			...FIELDS.map((f) => [f.id, sqlType(f.id as FieldId)])
		]);
	});

	it('mark demo rows as synthetic and keep blanks as null with their state', async () => {
		const conn = await openDataset();
		const [row] = await run<Record<string, unknown>>(conn, {
			sql: `SELECT count(*) FILTER (WHERE data_origin NOT IN ('real', 'synthetic'))::INTEGER AS bad,
				count(*) FILTER (WHERE t4_review_total IS NULL AND format_version = '2021' AND cell_states NOT LIKE '%t4_review_total%')::INTEGER AS silent
				FROM reports`,
			params: []
		});
		expect(row).toEqual({ bad: 0, silent: 0 });
	});

	it('regenerate byte-for-byte', async () => {
		// The dataset built above, written as `npm run data` writes it (the same functions).
		const out = mkdtempSync(join(tmpdir(), 'ogi-data-'));
		const summary = await writeDataset(dataset.regions, [dataset], out);
		await finishPublication(out, summary.defects);
		expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toBe(
			readFileSync('data/SHA256SUMS', 'utf8')
		);
	});
});
