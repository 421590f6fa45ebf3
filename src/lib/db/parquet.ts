import {
	Bool,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';

function arrowType(element: { type?: string; converted_type?: string }): DataType {
	switch (element.type) {
		case 'INT32':
			return new Int32();
		case 'BOOLEAN':
			return new Bool();
		case 'DOUBLE':
		case 'FLOAT':
		case 'INT64':
			return new Float64();
		default:
			return new Utf8();
	}
}

/**
 * Decodes a Parquet file with hyparquet into an Arrow table, keeping INTEGER columns Int32 and
 * nulls as nulls (hyparquet returns plain arrays; Arrow would otherwise infer Float64).
 */
export async function parquetToArrow(file: ArrayBuffer): Promise<Table> {
	const metadata = parquetMetadata(file);
	const columns = parquetSchema(metadata).children.map((c) => c.element);
	const data = new Map<string, unknown[]>(columns.map((c) => [c.name, []]));
	await parquetRead({
		file,
		metadata,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const target = data.get(columnName);
			if (!target) return;
			for (let i = 0; i < columnData.length; i++) target[rowStart + i] = columnData[i];
		}
	});
	const vectors = Object.fromEntries(
		columns.map((c) => {
			const values = data.get(c.name) ?? [];
			const type = arrowType(c);
			const cast =
				type instanceof Float64 ? values.map((v) => (v == null ? null : Number(v))) : values;
			return [c.name, vectorFromArray(cast, type)];
		})
	);
	return new Table(vectors);
}

/**
 * The same table as an Arrow IPC stream: what DuckDB ingests. Bytes, unlike Table objects, do not
 * depend on which copy of apache-arrow created them (stack notes, pitfall 4).
 */
export async function parquetToArrowIPC(file: ArrayBuffer): Promise<Uint8Array> {
	return tableToIPC(await parquetToArrow(file), 'stream');
}

/**
 * Each column of the file as its own Arrow IPC stream, from the same decode as the whole table
 * (same types, same row order): the column files a split table is loaded from (`columns.ts`).
 */
export async function parquetColumnsToIPC(file: ArrayBuffer): Promise<Map<string, Uint8Array>> {
	const table = await parquetToArrow(file);
	return new Map(
		table.schema.fields.map((f) => [
			f.name,
			tableToIPC(new Table({ [f.name]: table.getChild(f.name)! }), 'stream')
		])
	);
}
