import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	FIELDS,
	FIELD_IDS,
	META_COLUMNS,
	T3_COLUMNS,
	T3_ROWS,
	fieldsOf,
	isFieldId,
	t3,
	valueKind
} from './schema';
import { HARD_RULES, PARSE_RULES, RULE_LABELS, SOFT_RULES, type RuleId } from './rules';

const spec = Papa.parse<Record<string, string>>(
	readFileSync('tests/fixtures/spec/report-fields.csv', 'utf8'),
	{ header: true, skipEmptyLines: true }
).data;

describe('report schema', () => {
	it('has the 224 fields of the spec, in order, with the same labels and format flags', () => {
		expect(FIELDS).toHaveLength(224);
		expect(FIELDS.map((f) => f.id)).toEqual(spec.map((r) => r.id));
		for (const [i, f] of FIELDS.entries()) {
			const r = spec[i]!;
			expect([f.zh, f.en, f.unit, f.in2019, f.in2021, f.comparable, String(f.table)]).toEqual([
				r.label_zh,
				r.label_en,
				r.unit,
				r.in_2019,
				r.in_2021,
				r.comparable,
				r.table
			]);
		}
	});

	it('uses unique, SQL-safe ids that do not collide with metadata columns', () => {
		const ids = [...FIELD_IDS, ...META_COLUMNS.map((c) => c.id)];
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
	});

	it('has every label present', () => {
		for (const f of FIELDS) {
			expect(f.zh.trim(), f.id).not.toBe('');
			expect(f.en.trim(), f.id).not.toBe('');
			expect(f.unit.trim(), f.id).not.toBe('');
		}
	});

	it('builds every table-3 id from its row and column keys', () => {
		const t3Ids = FIELD_IDS.filter((id) => id.startsWith('t3_'));
		expect(t3Ids).toHaveLength(T3_ROWS.length * T3_COLUMNS.length);
		for (const row of T3_ROWS)
			for (const col of T3_COLUMNS) expect(isFieldId(t3(row.key, col))).toBe(true);
	});

	it('knows which format prints which field', () => {
		const ids2019 = fieldsOf('2019').map((f) => f.id as string);
		const ids2021 = fieldsOf('2021').map((f) => f.id as string);
		expect(ids2019).toContain('t2_procurement_projects');
		expect(ids2019).not.toContain('t3_res_other_misc__total');
		expect(ids2021).toContain('t3_res_other_misc__total');
		expect(ids2021).not.toContain('t2_license_items_prev');
		expect(ids2021).toContain('t3_res_other_total__total');
	});

	it('classifies signed changes and money amounts', () => {
		expect(valueKind('t2_license_items_change')).toBe('signed');
		expect(valueKind('t2_fee_amount_10k_cny')).toBe('amount');
		expect(valueKind('t3_new_received__total')).toBe('count');
	});

	it('lists the rule ids of the spec', () => {
		expect(HARD_RULES).toContain('t3.balance');
		expect(SOFT_RULES).toEqual(['cross.carry', 'cross.stock', 'cross.jump', 'text.table']);
	});

	it('names every rule the parser reports, so no view shows a bare id', () => {
		const dir = 'src/lib/parse';
		const used = new Set(
			readdirSync(dir)
				.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
				.flatMap((f) => [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/'(parse\.[a-z_]+)'/g)])
				.map((m) => m[1]!)
		);
		expect(used.size).toBeGreaterThan(5);
		for (const id of used) expect(PARSE_RULES).toContain(id);
		for (const id of PARSE_RULES) expect(RULE_LABELS[id as RuleId].zh).toBeTruthy();
	});
});
