import { describe, expect, it } from 'vitest';
import {
	registerPartitions,
	registerTable,
	tableLoader,
	tableNames,
	tablesIn,
	tableSpec
} from './catalog';

describe('the catalog', () => {
	it('finds the tables a query reads, joins included', () => {
		const join = `SELECT v.rule FROM validation v JOIN reports r USING (report_id) WHERE r.year = ?`;
		expect(tablesIn(join).sort()).toEqual(['reports', 'validation']);
		const cte = `WITH bodies AS (SELECT g.code FROM regions g), r AS (SELECT region_code FROM reports)
SELECT * FROM bodies b CROSS JOIN years y LEFT JOIN r ON r.region_code = b.code`;
		expect(tablesIn(cte).sort()).toEqual(['regions', 'reports']);
		expect(tablesIn('SELECT reports_total FROM regions_extra')).toEqual([]);
		expect(tablesIn('SELECT 1')).toEqual([]);
	});

	it('lets another module add a table that queries then join', async () => {
		const calls: string[] = [];
		registerTable('imported_reports', async () => {
			calls.push('loaded');
		});
		expect(tableNames()).toContain('imported_reports');
		expect(tablesIn('SELECT * FROM reports UNION ALL SELECT * FROM imported_reports')).toEqual([
			'reports',
			'imported_reports'
		]);
		expect(tableSpec('imported_reports')).toMatchObject({ partitions: [], eager: false });
		await tableLoader('imported_reports')!(undefined as never);
		expect(calls).toEqual(['loaded']);
	});

	it('refuses to replace a published table or a name that is not an identifier', () => {
		expect(() => registerTable('reports', async () => {})).toThrow(/appendRows/);
		expect(() => registerTable('x; DROP TABLE reports', async () => {})).toThrow(/bad table name/);
	});

	it('learns partitions from the manifest: a query loads exactly the partitions it names', () => {
		registerPartitions([
			{ table: 'reports_department_32', file: 'parts/reports-department-32.parquet' },
			{ table: 'reports_department_54', file: 'parts/reports-department-54.parquet' },
			{ table: 'agg_township', file: 'parts/agg-township.parquet' },
			{ table: 'reports', file: 'parts/not-this.parquet' },
			{ table: 'x; DROP', file: 'parts/x.parquet' }
		]);
		expect(tablesIn('SELECT body_id FROM reports_department_32 WHERE year = ?')).toEqual([
			'reports_department_32'
		]);
		expect(tablesIn('SELECT * FROM agg_township')).toEqual(['agg_township']);
		expect(tableSpec('reports_department_54')).toMatchObject({
			partitions: ['data/parts/reports-department-54.parquet'],
			eager: false
		});
		// A published table keeps its own file; a bad name is never a table.
		expect(tableSpec('reports')!.partitions).toEqual(['data/reports.parquet']);
		expect(tableSpec('x; DROP')).toBeUndefined();
	});

	it("learns a split table's column files: the table is then loaded column by column", () => {
		registerPartitions([
			{
				table: 'agg_department',
				file: 'parts/agg-department.parquet',
				columns: { year: 'fast/c/cols/agg_department/2.ab.arrowgz' }
			}
		]);
		expect(tableSpec('agg_department')!.columns).toEqual({
			year: 'data/fast/c/cols/agg_department/2.ab.arrowgz'
		});
		expect(tableSpec('reports_department_32')!.columns).toBeUndefined();
	});
});
