import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDataset, run } from '../../../tests/helpers/duckdb';
import { wasmConnection } from '../../../tests/helpers/wasm';
import { parquetToArrow, parquetToArrowIPC } from './parquet';

const read = (path: string) => {
	const b = readFileSync(path);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe('parquetToArrow (the browser loader path)', () => {
	it('keeps integer columns Int32 and nulls as nulls', async () => {
		const table = await parquetToArrow(read('data/reports.parquet'));
		const [native] = await run(await openDataset(), {
			sql: 'SELECT count(*)::INTEGER AS n FROM reports',
			params: []
		});
		expect(table.numRows).toBe(native!.n);
		expect(String(table.schema.fields.find((f) => f.name === 't3_new_received__total')?.type)).toBe(
			'Int32'
		);
		expect(String(table.schema.fields.find((f) => f.name === 't2_fee_amount_10k_cny')?.type)).toBe(
			'Float64'
		);
		expect(String(table.schema.fields.find((f) => f.name === 'hard_ok')?.type)).toBe('Bool');
	});

	it('gives duckdb-wasm the same table native DuckDB reads from the Parquet file', async () => {
		const conn = await wasmConnection();
		conn.insertArrowFromIPCStream(await parquetToArrowIPC(read('data/reports.parquet')), {
			name: 'reports',
			create: true
		});
		const sql = `SELECT count(*)::INTEGER AS n, sum(t3_new_received__total)::DOUBLE AS req,
			count(*) FILTER (WHERE t4_review_total IS NULL)::INTEGER AS blank_reviews,
			sum(t2_fee_amount_10k_cny)::DOUBLE AS fees, count(*) FILTER (WHERE hard_ok)::INTEGER AS ok,
			count(DISTINCT region_name)::INTEGER AS names FROM reports`;
		const wasm = conn.query(sql).toArray()[0]!.toJSON();
		const native = (await run(await openDataset(), { sql, params: [] }))[0]!;
		expect({ ...wasm, fees: Math.round(wasm.fees) }).toEqual({
			...native,
			fees: Math.round(Number(native.fees))
		});
	});

	it('rejects a file that is not Parquet with an error, not a hang', async () => {
		await expect(
			parquetToArrow(new TextEncoder().encode('not parquet at all').buffer)
		).rejects.toThrow();
	});
});
