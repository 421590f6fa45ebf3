import { describe, expect, it, vi } from 'vitest';
import { t3, type Issue } from '$lib/report';
import { report } from '$lib/validate/test-reports';
import * as validate from '$lib/validate';
import { assemble, type Entry } from './assemble';
import type { Region } from './regions';
import { REPORT_COLUMNS, VALIDATION_COLUMNS, tableDdl } from './tables';
import { toCsv } from './csv';

const region = {
	code: '110105',
	name: '朝阳区',
	level: 'county',
	parent_code: '110100',
	province_code: '110000'
} as Region;

const entry = (year: number, issues?: Issue[]): Entry => ({
	series: '110105|government_itself|imported',
	meta: {
		report_id: `110105-${year}-gov`,
		region,
		scope: 'government_itself',
		data_origin: 'real',
		source: null
	},
	report: { ...report({ [t3('new_received', 'total')]: 5 }), year },
	issues
});

describe('assemble', () => {
	it('takes the findings it is given instead of validating again', () => {
		const spy = vi.spyOn(validate, 'validateReport');
		const given: Issue = { rule: 't3.balance', level: 'error', path: 'x', message: 'm' };
		const out = assemble([entry(2023, [given])]);
		expect(spy).not.toHaveBeenCalled();
		expect(out.reports[0]?.row.hard_ok).toBe(false);
		const fail = out.validation.filter((v) => v.outcome === 'fail');
		expect(fail).toEqual([expect.objectContaining({ rule: 't3.balance', path: 'x' })]);
		spy.mockRestore();
	});

	it('marks cross-year rules n/a without a previous year and checks them with one', () => {
		const out = assemble([entry(2023, []), entry(2022, [])]);
		expect(out.reports.map((r) => r.meta.report_id)).toEqual([
			'110105-2022-gov',
			'110105-2023-gov'
		]);
		const carry = out.validation.filter((v) => v.rule === 'cross.carry');
		expect(carry.map((v) => [v.report_id, v.outcome === 'n/a'])).toEqual([
			['110105-2022-gov', true],
			['110105-2023-gov', false]
		]);
	});
});

describe('tables', () => {
	it('declares the DDL from the column lists', () => {
		expect(tableDdl('validation', 'v')).toBe(
			'CREATE TABLE v ("report_id" VARCHAR, "rule" VARCHAR, "outcome" VARCHAR, "level" VARCHAR, "path" VARCHAR, "message" VARCHAR, "fields" VARCHAR)'
		);
		expect(REPORT_COLUMNS[0]).toEqual({ id: 'report_id', type: 'VARCHAR' });
	});

	it('never lets a CSV text cell begin a formula, and keeps numbers and blanks', () => {
		const csv = toCsv(VALIDATION_COLUMNS, [
			{ report_id: '=HYPERLINK("x")', rule: '-1', outcome: 'pass', level: null }
		]);
		expect(csv.startsWith('\ufeffreport_id,')).toBe(true);
		expect(csv.split('\n')[1]).toBe(`"'=HYPERLINK(""x"")","'-1",pass,,,,`);
	});
});
